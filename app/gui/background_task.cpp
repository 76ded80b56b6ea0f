#include "background_task.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMutex>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

#include "geo/error.h"

namespace vt::gui {

namespace {
// The progress dialog's texts (tr() context "BackgroundTask").
class BackgroundTask {
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
};
}  // namespace

BackgroundResult runInBackground(QWidget* parent, const QString& label,
                                 std::function<std::shared_ptr<Document>(const geo::ProgressFn&)> job) {
    struct Shared {
        std::atomic<bool> cancel{false};
        std::atomic<int> permille{0};
        QMutex mutex;
        std::string stage;
    };
    auto shared = std::make_shared<Shared>();
    geo::ProgressFn progress = [shared](double f, const std::string& stage) {
        shared->permille.store(static_cast<int>(f * 1000));
        {
            QMutexLocker lock(&shared->mutex);
            shared->stage = stage;
        }
        return !shared->cancel.load();
    };
    QProgressDialog dialog(label, BackgroundTask::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [shared] { shared->cancel.store(true); });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setValue(shared->permille.load());
        QMutexLocker lock(&shared->mutex);
        dialog.setLabelText(label + QStringLiteral("\n") + toQString(shared->stage));
    });
    poll.start();

    QFutureWatcher<BackgroundResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<BackgroundResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([job, progress]() -> BackgroundResult {
        BackgroundResult r;
        try {
            r.doc = job(progress);
        } catch (const geo::Cancelled&) {
            r.cancelled = true;
        } catch (const std::exception& e) {
            r.error = toQString(e.what());
        }
        return r;
    }));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    loop.exec();
    QApplication::restoreOverrideCursor();
    poll.stop();
    dialog.close();
    return watcher.result();
}

}  // namespace vt::gui
