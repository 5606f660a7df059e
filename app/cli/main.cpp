#include "commands.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>
#include <unistd.h>
#include <functional>
#include <map>

using namespace mi::cli;

namespace {

struct Command {
    std::function<int(CliContext &, const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("packs"), {runPacks, QT_TRANSLATE_NOOP("cli", "List the question packs that load.")}},
        {QStringLiteral("validate"), {runValidate, QT_TRANSLATE_NOOP("cli", "Check pack files; print file:line:col: errors.")}},
        {QStringLiteral("questions"), {runQuestions, QT_TRANSLATE_NOOP("cli", "List questions, optionally of one pack.")}},
        {QStringLiteral("score"), {runScore, QT_TRANSLATE_NOOP("cli", "Score one answer, or a JSON Lines batch.")}},
        {QStringLiteral("practice"), {runPractice, QT_TRANSLATE_NOOP("cli", "Walk a pack non-interactively with answers from a file.")}},
        {QStringLiteral("sessions"), {runSessions, QT_TRANSLATE_NOOP("cli", "List saved practice sessions.")}},
        {QStringLiteral("transcribe"), {runTranscribe, QT_TRANSLATE_NOOP("cli", "Transcribe a spoken answer offline, with delivery figures.")}},
        {QStringLiteral("export"), {runExport, QT_TRANSLATE_NOOP("cli", "Export a session as a PDF transcript or HTML.")}},
        {QStringLiteral("export-bundle"), {runExportBundle, QT_TRANSLATE_NOOP("cli", "Write a session, its audio and review to one file.")}},
        {QStringLiteral("import-bundle"), {runImportBundle, QT_TRANSLATE_NOOP("cli", "Import a session bundle (new, or a review coming back).")}},
    };
    return table;
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: mockinterview-cli [--db PATH] [--packs PATH] <command> [options]") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto &[name, command] : commands())
        out << "  " << name.leftJustified(14) << QCoreApplication::translate("cli", command.summary) << '\n';
    out << '\n' << QCoreApplication::translate("cli", "Run 'mockinterview-cli <command> --help' for a command's options.") << Qt::endl;
}

// Printing a PDF needs Qt WebEngine, which needs a GUI application object
// (offscreen when there is no display); every other command stays headless.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    bool exporting = false;
    for (int i = 1; i < argc; ++i)
        exporting = exporting || qstrcmp(argv[i], "export") == 0;
    if (!exporting)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium will not start as root otherwise
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // QGuiApplication takes X11 options such as "-session" out of argv; it
    // gets only the program name, the command line is read before.
    static int guiArgc = 1;
    return std::make_unique<QGuiApplication>(guiArgc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mockinterview"));
    QCoreApplication::setOrganizationName(QStringLiteral("mockinterview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOCKINTERVIEW_VERSION));
    // Like other command-line tools, the language of the environment
    // ($LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG).
    const mi::Translations translations(QLocale::system());

    CliContext ctx;
    // Global options may stand before the command name.
    int i = 1;
    for (; i < args.size() && args[i].startsWith(u"--"); ++i) {
        const QString arg = args[i];
        if (arg == u"--help" || arg == u"-h") {
            printUsage(ctx.out);
            return 0;
        }
        if (arg == u"--version") {
            ctx.out << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        const bool takesValue = arg == u"--db" || arg == u"--packs";
        QString value;
        if (takesValue && i + 1 < args.size())
            value = args[++i];
        else if (arg.startsWith(u"--db=") || arg.startsWith(u"--packs="))
            value = arg.section(u'=', 1);
        else {
            ctx.err << QCoreApplication::translate("cli", "unknown option: %1").arg(arg) << Qt::endl;
            return 2;
        }
        (arg.startsWith(u"--db") ? ctx.databasePath : ctx.packsPath) = value;
    }
    if (i >= args.size()) {
        printUsage(ctx.err);
        return 2;
    }
    const auto command = commands().find(args[i]);
    if (command == commands().end()) {
        ctx.err << QCoreApplication::translate("cli", "unknown command: %1").arg(args[i]) << '\n';
        printUsage(ctx.err);
        return 2;
    }
    const int code = command->second.run(ctx, args.mid(i));
    ctx.out.flush();
    ctx.err.flush();
    return code;
}
