#include "geo/postgis.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>

#include "geo/error.h"

namespace geo {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// A conninfo value in single quotes, as libpq reads it (backslash escapes ' and \).
std::string quoteConninfoValue(const std::string& v) {
    std::string q = "'";
    for (char c : v) {
        if (c == '\'' || c == '\\') q += '\\';
        q += c;
    }
    return q + "'";
}

struct ConninfoDeleter {
    void operator()(PQconninfoOption* o) const {
        if (o) PQconninfoFree(o);
    }
};

constexpr const char* kPasswordAdvice =
    "a password is never kept in a project file, an export target or a command line: put it in ~/.pgpass "
    "(PGPASSFILE), or the service file (PGSERVICEFILE, ~/.pg_service.conf), or PGPASSWORD";

}  // namespace

bool PgConnection::empty() const {
    return service.empty() && host.empty() && port.empty() && dbname.empty() && user.empty() && sslmode.empty();
}

std::string PgConnection::conninfo() const {
    std::string out;
    auto add = [&](const char* key, const std::string& value) {
        if (value.empty()) return;
        if (!out.empty()) out += ' ';  // not "…" + …: GCC 12 warns falsely (-Wrestrict)
        out += key;
        out += '=';
        out += quoteConninfoValue(value);
    };
    add("service", service);
    add("host", host);
    add("port", port);
    add("dbname", dbname);
    add("user", user);
    add("sslmode", sslmode);
    return out;
}

std::string PgConnection::gdalName() const { return "PG:" + conninfo(); }

bool isPgName(std::string_view name) { return name.size() >= 3 && lower(name.substr(0, 3)) == "pg:"; }

PgConnection parsePgConnection(std::string_view text, const std::string& where) {
    std::string info(isPgName(text) ? text.substr(3) : text);
    // The password check comes first and never quotes the text: a
    // malformed string would otherwise come back in libpq's message.
    const std::string l = lower(info);
    // "password" where a keyword stands (not after '=', inside a value), even
    // without its '=' ("password secret"), is taken for one.
    for (std::size_t at = l.find("password"); at != std::string::npos; at = l.find("password", at + 1)) {
        std::size_t before = at == 0 ? std::string::npos : l.find_last_not_of(" \t\r\n", at - 1);
        bool keywordPlace = before == std::string::npos || (l[before] != '=' && l[before] != '\'' && at > before + 1);
        std::size_t next = l.find_first_not_of(" \t\r\n", at + 8);
        bool keywordEnds = next == std::string::npos ? false : (l[next] == '=' || next > at + 8);
        if (keywordPlace && keywordEnds)
            throw Error(where + ": the PostgreSQL connection sets a password; " + kPasswordAdvice);
    }
    char* err = nullptr;
    std::unique_ptr<PQconninfoOption, ConninfoDeleter> options(PQconninfoParse(info.c_str(), &err));
    if (!options) {
        // libpq's message quotes the text it stopped at, which may be a
        // password written without its keyword: not repeated.
        if (err) PQfreemem(err);
        throw Error(where + ": not a PostgreSQL connection libpq can read (each setting is keyword=value, a value "
                            "with spaces in single quotes); write it as PG:service=NAME, or PG:host=H port=P "
                            "dbname=D user=U");
    }
    PgConnection c;
    for (PQconninfoOption* o = options.get(); o->keyword; ++o) {
        if (!o->val) continue;
        const std::string key = o->keyword, value = o->val;
        if (key == "service") c.service = value;
        else if (key == "host") c.host = value;
        else if (key == "port") c.port = value;
        else if (key == "dbname") c.dbname = value;
        else if (key == "user") c.user = value;
        else if (key == "sslmode") c.sslmode = value;
        else if (key == "password" || key == "passfile")
            throw Error(where + ": the PostgreSQL connection sets a " + key + "; " + kPasswordAdvice);
        else
            throw Error(where + ": the PostgreSQL connection sets '" + key +
                        "', which VungTrong does not pass on (service, host, port, dbname, user and sslmode are "
                        "read; name the table separately)");
    }
    if (c.empty())
        throw Error(where + ": the PostgreSQL connection names nothing; write it as PG:service=NAME, or "
                            "PG:host=H port=P dbname=D user=U");
    return c;
}

std::string quotePgIdentifier(std::string_view name) {
    std::string q = "\"";
    for (char c : name) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string PgTableName::quoted() const { return quotePgIdentifier(schema) + "." + quotePgIdentifier(table); }

std::string PgTableName::gdalLayerName() const { return schema == "public" ? table : schema + "." + table; }

std::string PgTableName::display() const {
    auto part = [](const std::string& s) {
        return s.find_first_of(".\"") == std::string::npos ? s : quotePgIdentifier(s);
    };
    return part(schema) + "." + part(table);
}

PgTableName parsePgTableName(std::string_view text, const std::string& where) {
    auto fail = [&](const std::string& why) -> PgTableName {
        throw Error(where + ": table '" + std::string(text) + "' " + why +
                    " (write schema.table; a part holding a dot or a double quote in double quotes, "
                    "inner quotes doubled: \"my.schema\".\"lô \"\"A\"\"\")");
    };
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::string part;
        if (i < text.size() && text[i] == '"') {
            bool closed = false;
            for (++i; i < text.size(); ++i) {
                if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                    part += '"';
                    ++i;
                } else if (text[i] == '"') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    part += text[i];
                }
            }
            if (!closed) return fail("has a double quote that never closes");
            if (i < text.size() && text[i] != '.') return fail("has text after a closing quote");
        } else {
            while (i < text.size() && text[i] != '.') part += text[i++];
        }
        if (part.empty()) return fail("has an empty part");
        parts.push_back(std::move(part));
        if (i >= text.size()) break;
        ++i;  // the dot
        if (i == text.size()) return fail("ends with a dot");
    }
    if (parts.empty()) return fail("is empty");
    if (parts.size() > 2) return fail("has more than two parts");
    return parts.size() == 1 ? PgTableName{"public", parts[0]} : PgTableName{parts[0], parts[1]};
}

struct PgSession::Impl {
    PGconn* conn = nullptr;
    ~Impl() {
        if (conn) PQfinish(conn);
    }
};

PgSession::PgSession(const PgConnection& connection) : impl_(std::make_unique<Impl>()), label_(connection.gdalName()) {
    impl_->conn = PQconnectdb(connection.conninfo().c_str());
    if (!impl_->conn) throw IoError("cannot connect to " + label_ + ": libpq is out of memory");
    if (PQstatus(impl_->conn) != CONNECTION_OK) {
        std::string why = PQerrorMessage(impl_->conn);
        while (!why.empty() && std::isspace(static_cast<unsigned char>(why.back()))) why.pop_back();
        throw IoError("cannot connect to " + label_ + ": " + why);
    }
    // Text from the server is UTF-8 whatever the database's encoding.
    if (PQsetClientEncoding(impl_->conn, "UTF8") != 0)
        throw IoError("cannot use " + label_ + ": the server does not accept UTF-8 as client encoding");
}

PgSession::~PgSession() = default;

std::vector<std::vector<std::string>> PgSession::query(const std::string& sql, const std::vector<std::string>& params) {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p.c_str());
    PGresult* r = PQexecParams(impl_->conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                               values.empty() ? nullptr : values.data(), nullptr, nullptr, 0);
    std::unique_ptr<PGresult, void (*)(PGresult*)> owned(r, PQclear);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        std::string why = r ? PQresultErrorMessage(r) : PQerrorMessage(impl_->conn);
        while (!why.empty() && std::isspace(static_cast<unsigned char>(why.back()))) why.pop_back();
        throw IoError(label_ + ": " + (why.empty() ? std::string("the query failed") : why));
    }
    std::vector<std::vector<std::string>> rows;
    for (int row = 0; row < PQntuples(r); ++row) {
        std::vector<std::string> values;
        for (int col = 0; col < PQnfields(r); ++col) values.emplace_back(PQgetvalue(r, row, col));
        rows.push_back(std::move(values));
    }
    return rows;
}

void PgSession::execute(const std::string& sql, const std::vector<std::string>& params) { query(sql, params); }

}  // namespace geo
