#pragma once
// PostgreSQL/PostGIS connections and table names, as a project or the
// command line names them.
//
// A layer on the office's shared server is named by a libpq connection
// ("service=vungtrong", or host/port/dbname/user) and a table
// ("schema.table") or an SQL query. Credentials never travel with a
// project, an export target or a message: a password in a connection is
// refused (its value is never repeated), and libpq finds it where it
// belongs: the service file (PGSERVICEFILE, ~/.pg_service.conf), the
// password file (PGPASSFILE, ~/.pgpass) or the environment (PGPASSWORD).
//
// Identifiers are always quoted (quotePgIdentifier) and values bound as
// parameters (PgSession::query); no SQL is made by pasting user text.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

// libpq's connection keywords a project may set. "" = libpq's default
// (the service file, PGHOST, PGPORT, PGDATABASE, PGUSER).
struct PgConnection {
    std::string service, host, port, dbname, user, sslmode;

    bool empty() const;
    // "PG:service='x' dbname='y'": what GDAL's PostgreSQL driver opens (no password, ever).
    std::string gdalName() const;
    // The libpq conninfo string ("service='x' …").
    std::string conninfo() const;
};

// True for a GDAL PostgreSQL dataset name ("PG:…", any case).
bool isPgName(std::string_view name);

// Parses "PG:service=x dbname=y" (or the same without "PG:") with libpq's own
// parser. Throws geo::Error naming `where` when it is not a connection, sets
// a password (the value is not repeated), or sets a keyword VungTrong does
// not pass on (options, GDAL's schemas/tables: name the table instead).
PgConnection parsePgConnection(std::string_view text, const std::string& where);

// "schema.table", either part in double quotes when it holds a dot or a
// quote ("\"Vùng \"\"A\"\"\".\"lô.1\""); no schema = "public".
struct PgTableName {
    std::string schema, table;
    // Both parts quoted: "\"vt\".\"plots\"", for SQL.
    std::string quoted() const;
    // As GDAL's PostgreSQL driver names the layer: "schema.table" ("table" in public).
    std::string gdalLayerName() const;
    // For people: schema.table as written by parsePgTableName's rules.
    std::string display() const;
};
PgTableName parsePgTableName(std::string_view text, const std::string& where);

// An SQL identifier in double quotes, inner quotes doubled.
std::string quotePgIdentifier(std::string_view name);

// A libpq connection for the few catalogue questions GDAL does not answer
// (does the table exist, may this role write there, is the SRID known).
// Every query binds its values as parameters.
class PgSession {
public:
    // Throws IoError naming the connection (never a password) and libpq's reason.
    explicit PgSession(const PgConnection& connection);
    ~PgSession();
    PgSession(const PgSession&) = delete;
    PgSession& operator=(const PgSession&) = delete;

    // Rows of text values (NULL as ""). Throws IoError with the server's message.
    std::vector<std::vector<std::string>> query(const std::string& sql, const std::vector<std::string>& params = {});
    // As query, for statements that return no rows.
    void execute(const std::string& sql, const std::vector<std::string>& params = {});

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string label_;
};

}  // namespace geo
