// SPDX-License-Identifier: GPL-3.0-or-later
// The catchment job as the application runs it: on the thread pool, several at once over one shared dataset,
// with progress reported from the worker and a cancel from the main thread. Run under ThreadSanitizer by the
// `tsan` preset (label "threaded") together with the rendering, bootstrap and scenario Monte Carlo tests.
#include "base/feedback.h"
#include "catchment/catchmentanalysis.h"
#include "geo/georuntime.h"
#include "io/datasetloader.h"

#include <QTest>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

using namespace Mk;

namespace {

/** The figures of a catchment run that must not depend on which thread ran it or what ran beside it. */
QList<double> figures(const CatchmentResult& r)
{
    QList<double> out;
    for (const AfspiegelingRow& row : r.afspiegeling)
        out << row.pupils << row.verdictGapPp;
    for (const ResidentialChoiceRow& row : r.split.rows)
        out << row.observed << row.residential << row.choiceLow << row.choiceHigh;
    out << r.gemeenteChildren;
    return out;
}

} // namespace

class TstThreadedJobs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        GeoRuntime::init();
        Feedback feedback;
        auto loaded = DatasetLoader::loadDemo(feedback);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        m_dataset = std::make_shared<const Dataset>(std::move(*loaded));
        m_options.split.replicates = 40;
    }

    void concurrentRunsAgreeWithASerialOne()
    {
        Feedback serialFeedback;
        const auto serial = CatchmentAnalysis::run(*m_dataset, m_options, serialFeedback);
        QVERIFY2(serial, qPrintable(serial ? QString() : serial.error().toString()));
        QVERIFY(!serial->split.rows.isEmpty());
        std::atomic<int> progressCalls{0};
        const auto job = [this, &progressCalls](CatchmentMethod method) {
            Feedback feedback([&progressCalls](double, const QString&) { progressCalls.fetch_add(1); });
            CatchmentOptions options = m_options;
            options.method = method;
            auto r = CatchmentAnalysis::run(*m_dataset, options, feedback);
            return r ? figures(*r) : QList<double>();
        };
        // Plain threads: TSan sees their start and join, so what it reports is in the analysis itself.
        const std::vector<CatchmentMethod> methods{CatchmentMethod::Voronoi, CatchmentMethod::Buffer, CatchmentMethod::Voronoi};
        std::vector<QList<double>> results(methods.size());
        std::vector<std::thread> runs;
        for (size_t i = 0; i < methods.size(); ++i)
            runs.emplace_back([&, i] { results[i] = job(methods[i]); });
        for (std::thread& t : runs)
            t.join();
        QCOMPARE(results[0], figures(*serial));
        QCOMPARE(results[2], figures(*serial));
        QVERIFY(!results[1].isEmpty());
    }

    void cancelFromTheMainThread()
    {
        auto feedback = std::make_shared<Feedback>();
        std::optional<ErrorCode> code;
        std::thread worker([this, feedback, &code] {
            auto r = CatchmentAnalysis::run(*m_dataset, m_options, *feedback);
            code = r ? std::nullopt : std::optional<ErrorCode>(r.error().code);
        });
        feedback->cancel();
        worker.join();
        // Cancelled before or during the run: it stops with Canceled, or it had already finished; no other failure.
        QVERIFY(!code || *code == ErrorCode::Canceled);
    }

private:
    std::shared_ptr<const Dataset> m_dataset;
    CatchmentOptions m_options;
};

QTEST_GUILESS_MAIN(TstThreadedJobs)
#include "tst_threadedjobs.moc"
