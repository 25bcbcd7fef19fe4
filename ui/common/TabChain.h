#pragma once

#include <initializer_list>

class QWidget;

// Tab order in reading order, where the order the widgets were made in is
// not: left to right along a row, then the next row down.
namespace TabChain {
// Tab goes from each widget to the next, in the order given. The first keeps
// its place, so it must come before the others in the order they were made
// in (Qt's default tab order): the chain starts where it stands.
void set(std::initializer_list<QWidget*> widgets);
} // namespace TabChain
