#pragma once
// Typed errors thrown by geo/. Messages name the file, layer and feature
// concerned so that a user can find the problem without a debugger.
// Problems expected in data (an invalid ring, an unmatched key) are not
// exceptions: they come back as values in a report.
#include <stdexcept>
#include <string>

namespace geo {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file that cannot be opened, read or written.
class IoError : public Error {
public:
    using Error::Error;
};

// A CRS that cannot be built, or a transformation that fails.
class CrsError : public Error {
public:
    using Error::Error;
};

// Geographic coordinates written latitude first (see geo/axis_order.h), and
// not declared so: measuring them would give NaN or 0 ha.
class AxisOrderError : public CrsError {
public:
    AxisOrderError(const std::string& message, std::string xRange, std::string yRange)
        : CrsError(message), xRange(std::move(xRange)), yRange(std::move(yRange)) {}
    std::string xRange;  // "9.5500..9.6200", as in the message
    std::string yRange;
};

// Geometry that cannot be processed even after repair.
class GeometryError : public Error {
public:
    using Error::Error;
};

// A project file that is malformed or names things that do not exist.
class ProjectError : public Error {
public:
    using Error::Error;
};

}  // namespace geo
