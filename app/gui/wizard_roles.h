#pragma once
// What the new-project wizard offers for each file: the roles a layer can
// play, the labels of roles and fields in the interface language, the role
// a file's columns suggest, and the text encodings to choose from.
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

#include "geo/crs.h"
#include "geo/layer.h"

namespace vt::gui {

enum class WizardRole;

namespace wizard {

const std::vector<WizardRole>& allRoles();
QString roleLabel(WizardRole role);
// A field key of geo/'s roles ("declared_ha") as the user reads it.
QString keyLabel(const std::string& key);
// The role the file's columns and name suggest; places need coordinates.
WizardRole suggestedRole(const geo::Layer& layer, const QString& fileName);
// "EPSG:9209", else the CRS's definition.
std::string crsIdOf(const geo::CrsInfo& crs);
// The text encodings Vietnamese files come in.
QStringList encodings();

}  // namespace wizard
}  // namespace vt::gui
