#pragma once
// "Declare the CRS…" (Layer menu): a layer whose file does not say its
// coordinate system (a shapefile without .prj) is read in a CRS VungTrong
// guessed from its coordinates, and data quality reports crs_guess until
// someone who knows the data confirms the guess or names another.
//
// Where the answer goes (design.md, "Coordinate reference systems"): a guess
// is recorded, never silent, and "the project may fix it"; source files are
// never changed behind the user's back. So the declaration is recorded in the
// project file as the layer's "crs" — the override `vungtrong-cli` and the app
// read the layer with — and not as a .prj beside the shapefile: that would
// add a file to the data folder (changing the shapefile's file set, which an
// edit session's save would then see as a change on disk) and speak for the
// data to every other program. Save project writes it atomically; the
// declaration is undoable like any other change of the project.
#include <QDialog>
#include <QObject>
#include <QString>
#include <string>
#include <vector>

#include "document.h"

class QAction;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace vt::gui {

class MainWindow;

// The layers of doc read in a guessed CRS (geo::CrsInfo::inferred), in project order.
std::vector<int> layersWithGuessedCrs(const Document& doc);

// ws with layer id's CRS declared as crs ("EPSG:9209", WKT or a PROJ string):
// recorded in its spec (the project's "crs"), its features as read
// normalised again in that CRS, the guess's warning gone. Other layers are
// untouched. Throws geo::Error (an unknown CRS, no such layer).
geo::Workspace workspaceWithDeclaredCrs(geo::Workspace ws, const std::string& id, const std::string& crs);

// Asks which CRS a layer's coordinates are in: the guess first, then the
// other candidates with how far each would move the layer, or any code typed.
class DeclareCrsDialog : public QDialog {
    Q_OBJECT
public:
    // layerId: the layer shown first (one of layersWithGuessedCrs).
    DeclareCrsDialog(DocumentPtr doc, const std::string& layerId, QWidget* parent = nullptr);

    std::string layerId() const;
    // The CRS as chosen or typed ("EPSG:9209").
    QString crsText() const;
    void setCrsText(const QString& text);
    // What the chosen CRS resolves to, or why it does not (shown under the box).
    QString resolvedText() const;
    bool acceptable() const;

private:
    void fillCandidates();
    void revalidate();

    DocumentPtr doc_;
    QComboBox* layerBox_;
    QLabel* guessLabel_;
    QComboBox* crsBox_;
    QLabel* resolvedLabel_;
    QDialogButtonBox* buttons_;
    bool acceptable_ = false;
};

// The action and what it does; MainWindow owns one.
class DeclareCrsController : public QObject {
    Q_OBJECT
public:
    explicit DeclareCrsController(MainWindow* window);

    QAction* action() const { return action_; }
    // Declares layerId's CRS as one undoable change of the project; false with
    // lastError() set when refused (an unknown CRS, the layer being edited).
    bool declare(const std::string& layerId, const QString& crs);
    // The action: the dialog, then declare. Without interaction (tests,
    // headless) the dialog's filled-in answer is taken, as pressing OK would.
    bool declareInteractively();
    const QString& lastError() const { return lastError_; }
    void retranslate();

private:
    void update();
    void fail(const QString& message);

    MainWindow* window_;
    QAction* action_;
    QString lastError_;
};

}  // namespace vt::gui
