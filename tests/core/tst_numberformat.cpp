// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 5: numbers as people read them (never "−0,0", a year without a thousands separator) and CBS
// columns by name in words.
#include "base/feedback.h"
#include "io/datasetloader.h"
#include "render/fieldlabels.h"
#include "render/valuesource.h"

#include <QTest>

using namespace Mk;

class TstNumberFormat : public QObject
{
    Q_OBJECT
private slots:
    void noNegativeZero()
    {
        const QLocale nl(QLocale::Dutch);
        QCOMPARE(formatDecimal(-0.04, 1, nl), QStringLiteral("0,0"));
        QCOMPARE(formatDecimal(-0.0, 2, nl), QStringLiteral("0,00"));
        QCOMPARE(formatDecimal(-0.4, 0, nl), QStringLiteral("0"));
        QCOMPARE(formatDecimal(-0.06, 1, nl), nl.negativeSign() + QStringLiteral("0,1"));
        QCOMPARE(formatDecimal(1234.56, 1, nl), QStringLiteral("1.234,6"));
        QCOMPARE(ValueFormat::number(1).toString(-0.01, nl), QStringLiteral("0,0"));
        QCOMPARE(ValueFormat::percent(1).toString(-0.01, nl), QStringLiteral("0,0\u00a0%"));
        QCOMPARE(ValueFormat::fraction(1).toString(-0.0001, nl), QStringLiteral("0,0\u00a0%"));
        QCOMPARE(ValueFormat::count().toString(-0.3, nl), QStringLiteral("0"));
    }

    void yearsAndCodesWithoutSeparator()
    {
        const QLocale nl(QLocale::Dutch);
        QCOMPARE(FieldLabels::format(QStringLiteral("jaar")).toString(2024.0, nl), QStringLiteral("2024"));
        QCOMPARE(FieldLabels::valueText(QStringLiteral("jaar"), AttributeValue::of(2024.0), nl), QStringLiteral("2024"));
        // A count keeps its separator, a number without a format all its digits.
        QCOMPARE(FieldLabels::valueText(QStringLiteral("aantal_inwoners"), AttributeValue::of(2024.0), nl), QStringLiteral("2.024"));
        QCOMPARE(FieldLabels::valueText(QStringLiteral("iets"), AttributeValue::of(-1e-9), nl), QStringLiteral("0"));
        QCOMPARE(FieldLabels::valueText(QStringLiteral("perc_huurwoningen"), AttributeValue::of(12.0), nl), QStringLiteral("12,0\u00a0%"));
    }

    void everyDemoColumnHasALabel()
    {
        Feedback feedback;
        const auto ds = DatasetLoader::loadDemo(feedback);
        QVERIFY(ds);
        QVERIFY(ds->areas.fields.size() > 50);
        for (const FieldSummary& f : ds->areas.fields) {
            const QString label = ValueSource::ofField(f.name).label(*ds);
            QVERIFY2(!label.contains(QLatin1Char('_')) && !label.isEmpty() && label[0].isUpper(), qPrintable(f.name + QStringLiteral(": ") + label));
        }
        QCOMPARE(FieldLabels::label(QStringLiteral("aantal_inwoners")), QStringLiteral("Inhabitants"));
        QCOMPARE(FieldLabels::label(QStringLiteral("jaar")), QStringLiteral("Year"));
        QCOMPARE(FieldLabels::inWords(QStringLiteral("perc_geb_in_nl_met_herkomstland_in_europa_ex_nl")),
                 QStringLiteral("Percentage geboren in Nederland met herkomstland in Europa exclusief Nederland"));
    }
};

QTEST_GUILESS_MAIN(TstNumberFormat)
#include "tst_numberformat.moc"
