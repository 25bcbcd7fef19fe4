#pragma once

#include <QByteArray>

// A compact ICC profile (version 2.1) of sRGB: the colorants adapted to D50
// and the sRGB transfer curve in 64 points. A PDF/A file names the colour
// space its RGB means through one such profile; Qt embeds the ICC's full
// sRGB profile (3 KB), which is a seventh of a certificate (issue 18).
class SrgbProfile
{
public:
    static QByteArray bytes();
};
