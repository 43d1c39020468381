#include "core/reports/Spreadsheet.h"

#include "core/files/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTextBoundaryFinder>
#include <algorithm>
#include <dlfcn.h>
#include <memory>
#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace parindex {

namespace {

class Spreadsheet
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)

public:
    static QString defaultSheetName(int number) { return tr("Sheet %1").arg(number); }
};

constexpr int MaxSheetName = 31;
constexpr int MinWidth = 6;
constexpr int MaxWidth = 60;
// A wrapped header may take this many characters on a line before it wraps.
constexpr int HeaderLine = 20;

// How many characters a reader counts in `text` (a letter with its marks is one), on its widest line.
int displayLength(const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(u'\n')) {
        QTextBoundaryFinder letters(QTextBoundaryFinder::Grapheme, line);
        int count = 0;
        while (letters.toNextBoundary() != -1)
            ++count;
        widest = std::max(widest, count);
    }
    return widest;
}

// `text` cut to at most `limit` UTF-16 units between letters, without spaces or apostrophes at its end.
QString cutName(const QString& text, int limit)
{
    QString out = text;
    if (out.size() > limit) {
        QTextBoundaryFinder letters(QTextBoundaryFinder::Grapheme, text);
        qsizetype end = 0;
        for (qsizetype b = letters.toNextBoundary(); b != -1 && b <= limit; b = letters.toNextBoundary())
            end = b;
        out.truncate(end);
    }
    while (!out.isEmpty() && (out.back().isSpace() || out.back() == u'\''))
        out.chop(1);
    return out;
}

QString cleanName(const QString& wanted)
{
    QString name = wanted.normalized(QString::NormalizationForm_C);
    for (QChar& c : name) {
        if (c == u'[')
            c = u'(';
        else if (c == u']')
            c = u')';
        else if (u":*?/\\"_s.contains(c))
            c = u'-';
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
                 c.category() == QChar::Separator_Paragraph)
            c = u' ';
    }
    name = name.simplified();
    while (name.startsWith(u'\''))
        name = name.mid(1).trimmed();
    return cutName(name, MaxSheetName);
}

QString cellName(qint64 row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

// libxlsxwriter is not linked but loaded, into a link-map namespace of its own (dlmopen). QuaZip
// exports its own, changed copy of minizip under minizip's names (zipOpen, zipClose, …): loaded
// beside it, libxlsxwriter's calls to the real minizip bind to QuaZip's functions and crash.
// RTLD_DEEPBIND would avoid that too, but sanitizer builds refuse it.
// The namespace has a C library of its own:
// - its locale is never set, so the file's numbers are printed with a decimal point whatever the
//   user's locale (under vi_VN, printf in this process writes "84,58");
// - it starts with the process's environment array, which goes stale (freed) once the process
//   changes its environment: it is given an empty one of its own instead;
// - it does not know that the process has threads: one workbook is built at a time.
#define PARINDEX_LXW_FUNCTIONS(X)                                                                                      \
    X(workbook_new_opt)                                                                                                \
    X(workbook_add_worksheet)                                                                                          \
    X(workbook_add_format)                                                                                             \
    X(workbook_set_properties)                                                                                         \
    X(workbook_close)                                                                                                  \
    X(lxw_workbook_free)                                                                                               \
    X(lxw_strerror)                                                                                                    \
    X(worksheet_write_string)                                                                                          \
    X(worksheet_write_number)                                                                                          \
    X(worksheet_write_blank)                                                                                           \
    X(worksheet_merge_range)                                                                                           \
    X(worksheet_set_column)                                                                                            \
    X(worksheet_freeze_panes)                                                                                          \
    X(worksheet_autofilter)                                                                                            \
    X(format_set_bold)                                                                                                 \
    X(format_set_text_wrap)                                                                                            \
    X(format_set_border)                                                                                               \
    X(format_set_align)                                                                                                \
    X(format_set_num_format)

struct Lxw
{
#define PARINDEX_LXW_MEMBER(name) decltype(&::name) name = nullptr;
    PARINDEX_LXW_FUNCTIONS(PARINDEX_LXW_MEMBER)
#undef PARINDEX_LXW_MEMBER
    QString problem; // why the library cannot be used; empty when it can
};

const Lxw& lxw()
{
    const auto missing = [](const QString& name) {
        return Spreadsheet::tr("the spreadsheet library (%1) cannot be used: it has no %2")
            .arg(QString::fromLatin1(PARINDEX_XLSXWRITER), name);
    };
    static const Lxw loaded = [&missing] {
        Lxw l;
        void* library = dlmopen(LM_ID_NEWLM, PARINDEX_XLSXWRITER, RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            l.problem = Spreadsheet::tr("the spreadsheet library (%1) cannot be loaded: %2")
                            .arg(QString::fromLatin1(PARINDEX_XLSXWRITER), QString::fromLocal8Bit(dlerror()));
            return l;
        }
        static char* noEnvironment[] = {nullptr};
        if (auto* environment = static_cast<char***>(dlsym(library, "environ")))
            *environment = noEnvironment;
        else
            l.problem = missing(QStringLiteral("environ"));
#define PARINDEX_LXW_RESOLVE(name)                                                                                     \
    l.name = reinterpret_cast<decltype(&::name)>(dlsym(library, #name));                                               \
    if (!l.name && l.problem.isEmpty())                                                                                \
        l.problem = missing(QStringLiteral(#name));
        PARINDEX_LXW_FUNCTIONS(PARINDEX_LXW_RESOLVE)
#undef PARINDEX_LXW_RESOLVE
        return l; // stays loaded for the life of the process
    }();
    return loaded;
}

// One workbook at a time (see above).
QMutex& lxwLock()
{
    static QMutex lock;
    return lock;
}

struct FreeWorkbook
{
    void operator()(lxw_workbook* book) const { lxw().lxw_workbook_free(book); }
};

int decimalsOf(const SheetCell& cell)
{
    return std::clamp(cell.decimals, 0, 3);
}

QString lxwText(lxw_error error)
{
    return QString::fromUtf8(lxw().lxw_strerror(error));
}

QString cellText(const SheetCell& cell)
{
    switch (cell.kind) {
    case SheetCell::Kind::Text:
        return cell.text;
    case SheetCell::Kind::Number:
        return cell.number.toFixed(decimalsOf(cell));
    case SheetCell::Kind::Integer:
        return QString::number(cell.integer);
    case SheetCell::Kind::Empty:
        break;
    }
    return {};
}

double cellNumber(const SheetCell& cell)
{
    if (cell.kind == SheetCell::Kind::Integer)
        return static_cast<double>(cell.integer);
    // The nearest double to the decimal: printed back with 16 digits it is the decimal again.
    return static_cast<double>(cell.number.rounded(decimalsOf(cell)).thousandths()) /
           static_cast<double>(Points::Scale);
}

// Fills one libxlsxwriter workbook.
class Builder
{
public:
    Builder(const Lxw& library, lxw_workbook* book) : m_lxw(library), m_book(book) {}

    Status sheet(const Sheet& sheet, const QString& name)
    {
        const QByteArray sheetName = name.toUtf8();
        lxw_worksheet* ws = m_lxw.workbook_add_worksheet(m_book, sheetName.constData());
        if (!ws)
            return Status::failure(Spreadsheet::tr("cannot add the sheet “%1”").arg(name));
        m_sheet = ws;
        m_name = name;

        qsizetype columns = sheet.columns.size();
        for (const auto& row : sheet.rows)
            columns = std::max(columns, row.size());
        for (const auto& row : sheet.footer)
            columns = std::max(columns, row.size());
        const bool hasTitle = !sheet.title.isEmpty();
        const qint64 header = hasTitle ? 1 : 0;
        const qint64 footerStart = header + sheet.rows.size() + 2;
        const qint64 lastRow =
            sheet.footer.isEmpty() ? header + sheet.rows.size() : footerStart + sheet.footer.size() - 1;
        if (columns > LXW_COL_MAX || lastRow >= LXW_ROW_MAX)
            return Status::failure(
                Spreadsheet::tr("the sheet “%1” has more rows or columns than a spreadsheet can hold").arg(name));

        if (hasTitle) {
            const QByteArray title = sheet.title.toUtf8();
            const lxw_error e = columns > 1
                                    ? m_lxw.worksheet_merge_range(ws, 0, 0, 0, static_cast<lxw_col_t>(columns - 1),
                                                                  title.constData(), format(Style::Title))
                                    : m_lxw.worksheet_write_string(ws, 0, 0, title.constData(), format(Style::Title));
            if (e != LXW_NO_ERROR)
                return failure(0, 0, e);
        }
        for (qsizetype c = 0; c < columns; ++c) {
            const QString text = c < sheet.columns.size() ? sheet.columns[c].header : QString();
            if (Status s = write(header, c, SheetCell::ofText(text), Style::Header); !s)
                return s;
        }
        for (qsizetype r = 0; r < sheet.rows.size(); ++r)
            for (qsizetype c = 0; c < sheet.rows[r].size(); ++c)
                if (Status s = write(header + 1 + r, c, sheet.rows[r][c], Style::Body); !s)
                    return s;
        for (qsizetype r = 0; r < sheet.footer.size(); ++r)
            for (qsizetype c = 0; c < sheet.footer[r].size(); ++c)
                if (Status s = write(footerStart + r, c, sheet.footer[r][c], Style::Footer); !s)
                    return s;

        for (qsizetype c = 0; c < columns; ++c) {
            const SheetColumn column = c < sheet.columns.size() ? sheet.columns[c] : SheetColumn();
            const double width = column.width > 0 ? column.width : autoWidth(sheet, c);
            const auto col = static_cast<lxw_col_t>(c);
            if (lxw_error e = m_lxw.worksheet_set_column(ws, col, col, width, nullptr); e != LXW_NO_ERROR)
                return failure(header, c, e);
        }
        m_lxw.worksheet_freeze_panes(ws, static_cast<lxw_row_t>(header + 1), 0);
        if (columns > 0) {
            const lxw_error e = m_lxw.worksheet_autofilter(ws, static_cast<lxw_row_t>(header), 0,
                                                           static_cast<lxw_row_t>(header + sheet.rows.size()),
                                                           static_cast<lxw_col_t>(columns - 1));
            if (e != LXW_NO_ERROR)
                return failure(header, 0, e);
        }
        return {};
    }

private:
    enum class Style
    {
        Title,
        Header,
        Body,
        Footer
    };

    Status failure(qint64 row, qsizetype column, lxw_error error) const
    {
        return Status::failure(Spreadsheet::tr("sheet “%1”, cell %2: %3")
                                   .arg(m_name, cellName(row, static_cast<int>(column)), lxwText(error)));
    }

    Status write(qint64 row, qsizetype column, const SheetCell& cell, Style style)
    {
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(column);
        lxw_error e = LXW_NO_ERROR;
        switch (cell.kind) {
        case SheetCell::Kind::Empty:
            if (style == Style::Header)
                e = m_lxw.worksheet_write_blank(m_sheet, r, c, format(style));
            break;
        case SheetCell::Kind::Text:
            if (cell.text.isEmpty() && style == Style::Header)
                e = m_lxw.worksheet_write_blank(m_sheet, r, c, format(style));
            else if (!cell.text.isEmpty())
                e = m_lxw.worksheet_write_string(m_sheet, r, c, cell.text.toUtf8().constData(),
                                                 format(style, -1, cell.text.contains(u'\n')));
            break;
        case SheetCell::Kind::Number:
            e = m_lxw.worksheet_write_number(m_sheet, r, c, cellNumber(cell), format(style, decimalsOf(cell)));
            break;
        case SheetCell::Kind::Integer:
            e = m_lxw.worksheet_write_number(m_sheet, r, c, cellNumber(cell), format(style, 0));
            break;
        }
        return e == LXW_NO_ERROR ? Status() : failure(row, column, e);
    }

    // The format of a cell: its style, its decimals (-1 for text) and whether its text has lines.
    lxw_format* format(Style style, int decimals = -1, bool lines = false)
    {
        if (style == Style::Body && decimals < 0 && !lines)
            return nullptr;
        const int key = static_cast<int>(style) * 16 + (decimals + 1) * 2 + (lines ? 1 : 0);
        if (lxw_format* known = m_formats.value(key))
            return known;
        lxw_format* f = m_lxw.workbook_add_format(m_book);
        if (!f)
            return nullptr;
        if (style != Style::Body)
            m_lxw.format_set_bold(f);
        if (style == Style::Header) {
            m_lxw.format_set_text_wrap(f);
            m_lxw.format_set_border(f, LXW_BORDER_THIN);
            m_lxw.format_set_align(f, LXW_ALIGN_CENTER);
            m_lxw.format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        }
        if (lines) {
            m_lxw.format_set_text_wrap(f);
            m_lxw.format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        }
        if (decimals >= 0) {
            const QByteArray pattern = decimals == 0 ? "0" : "0." + QByteArray(decimals, '0');
            m_lxw.format_set_num_format(f, pattern.constData());
        }
        m_formats.insert(key, f);
        return f;
    }

    static double autoWidth(const Sheet& sheet, qsizetype column)
    {
        int content = 0;
        if (column < sheet.columns.size()) {
            const QString& header = sheet.columns[column].header;
            int word = 0;
            for (const QString& w : header.split(QChar::Space, Qt::SkipEmptyParts))
                word = std::max(word, displayLength(w));
            content = std::max(word, std::min(displayLength(header), HeaderLine));
        }
        for (const auto* rows : {&sheet.rows, &sheet.footer})
            for (const auto& row : *rows)
                if (column < row.size())
                    content = std::max(content, displayLength(cellText(row[column])));
        return std::clamp(content + 2, MinWidth, MaxWidth);
    }

    const Lxw& m_lxw;
    lxw_workbook* m_book;
    lxw_worksheet* m_sheet = nullptr;
    QString m_name;
    QHash<int, lxw_format*> m_formats;
};

Status build(const Workbook& book, const QString& file, const QString& tmpdir)
{
    const Lxw& x = lxw();
    if (!x.problem.isEmpty())
        return Status::failure(x.problem);
    const QMutexLocker locked(&lxwLock());

    QByteArray folder = QFile::encodeName(tmpdir);
    lxw_workbook_options options{};
    options.tmpdir = folder.data();
    std::unique_ptr<lxw_workbook, FreeWorkbook> workbook(
        x.workbook_new_opt(QFile::encodeName(file).constData(), &options));
    if (!workbook)
        return Status::failure(Spreadsheet::tr("not enough memory to build the spreadsheet"));

    QByteArray title = book.title.toUtf8();
    QByteArray author = book.author.toUtf8();
    lxw_doc_properties properties{};
    properties.title = book.title.isEmpty() ? nullptr : title.data();
    properties.author = book.author.isEmpty() ? nullptr : author.data();
    if (lxw_error e = x.workbook_set_properties(workbook.get(), &properties); e != LXW_NO_ERROR)
        return Status::failure(Spreadsheet::tr("cannot set the workbook's properties: %1").arg(lxwText(e)));

    QStringList wanted;
    for (const Sheet& sheet : book.sheets)
        wanted.append(sheet.name);
    const QStringList names = validSheetNames(wanted);
    Builder builder(x, workbook.get());
    for (qsizetype i = 0; i < book.sheets.size(); ++i)
        if (Status s = builder.sheet(book.sheets[i], names[i]); !s)
            return s;
    if (book.sheets.isEmpty()) // a workbook has at least one sheet
        if (!x.workbook_add_worksheet(workbook.get(), Spreadsheet::defaultSheetName(1).toUtf8().constData()))
            return Status::failure(Spreadsheet::tr("cannot add the sheet “%1”").arg(Spreadsheet::defaultSheetName(1)));

    // workbook_close writes the file and frees the workbook, whatever happens.
    if (lxw_error e = x.workbook_close(workbook.release()); e != LXW_NO_ERROR)
        return Status::failure(Spreadsheet::tr("cannot write the spreadsheet: %1").arg(lxwText(e)));
    return {};
}

} // namespace

SheetCell SheetCell::ofText(QString text)
{
    SheetCell cell;
    cell.kind = Kind::Text;
    cell.text = std::move(text);
    return cell;
}

SheetCell SheetCell::ofPoints(Points p, int decimals)
{
    SheetCell cell;
    cell.kind = Kind::Number;
    cell.number = p;
    cell.decimals = std::clamp(decimals, 0, 3);
    return cell;
}

SheetCell SheetCell::ofInteger(qint64 n)
{
    SheetCell cell;
    cell.kind = Kind::Integer;
    cell.integer = n;
    cell.decimals = 0;
    return cell;
}

SheetCell SheetCell::empty()
{
    return {};
}

QStringList validSheetNames(const QStringList& wanted)
{
    QStringList names;
    QSet<QString> taken{u"history"_s}; // reserved by Excel
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        QString base = cleanName(wanted[i]);
        if (base.isEmpty())
            base = cleanName(Spreadsheet::defaultSheetName(static_cast<int>(i + 1)));
        QString name = base;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
            const QString suffix = u" (%1)"_s.arg(n);
            name = cutName(base, MaxSheetName - static_cast<int>(suffix.size())) + suffix;
        }
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

Result<QByteArray> xlsxBytes(const Workbook& book)
{
    using R = Result<QByteArray>;
    const QTemporaryDir folder; // private to this user, removed with everything in it
    if (!folder.isValid())
        return R::failure(Spreadsheet::tr("cannot create a temporary folder: %1").arg(folder.errorString()));
    const QString file = folder.filePath(u"workbook.xlsx"_s);
    if (Status s = build(book, file, folder.path()); !s)
        return R::failure(s.error());
    QFile built(file);
    if (!built.open(QIODevice::ReadOnly))
        return R::failure(Spreadsheet::tr("cannot read the built spreadsheet: %1").arg(built.errorString()));
    QByteArray bytes = built.readAll();
    if (built.error() != QFileDevice::NoError || bytes.size() != built.size())
        return R::failure(Spreadsheet::tr("cannot read the built spreadsheet: %1").arg(built.errorString()));
    return bytes;
}

Status writeXlsx(const Workbook& book, const QString& path)
{
    // First, so that a path that may not be written is refused before any work.
    auto file = PendingFile::create(path);
    if (!file)
        return Status::failure(file.error());
    const auto bytes = xlsxBytes(book);
    if (!bytes)
        return Status::failure(bytes.error());
    if (file.value()->device()->write(bytes.value()) != bytes.value().size())
        return Status::failure(file.value()->writeFailure());
    return file.value()->commit();
}

} // namespace parindex
