#pragma once

#include "store/infrastructure/StoreError.h"

#include <QTest>

// Fails the test, with the store's own sentence, when a store call fails.
// QVERIFY(!call) would say only that the expression was false.
#define CG_VERIFY_OK(expression)                                                                             \
    do {                                                                                                     \
        const StoreError cgStoreError_ = (expression);                                                       \
        QVERIFY2(cgStoreError_.ok(), qPrintable(cgStoreError_.message()));                                   \
    } while (false)

// For helpers that return a value, where QVERIFY cannot return: marks the
// running test failed, with the store's sentence, and goes on.
inline void cgExpectOk(const StoreError& error, const char* file, int line)
{
    if (error.isError())
        QTest::qFail(qPrintable(error.message()), file, line);
}
#define CG_EXPECT_OK(expression) cgExpectOk((expression), __FILE__, __LINE__)
