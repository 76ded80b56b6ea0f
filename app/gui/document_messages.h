#pragma once
// What the Messages dock says about a document when it is shown: layers
// not read, backgrounds that failed, geometries repaired, style problems,
// statistics that could not be computed, crosswalk warnings, and which
// fields name the zones when the project names none.
#include <QCoreApplication>
#include <QStringList>

#include "document.h"

namespace vt::gui {

class DocumentMessages {
    Q_DECLARE_TR_FUNCTIONS(DocumentMessages)
public:
    // The lines, in the interface language; styleProblems from map_project.h's mapFromProject.
    static QStringList of(const Document& doc, const QStringList& styleProblems);
};

}  // namespace vt::gui
