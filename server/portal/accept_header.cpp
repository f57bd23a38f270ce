#include "accept_header.h"

#include <QList>

namespace wag::portal {

// The q value of the media range `type` in `accept` (0 when it is not listed).
static double qualityOf(const QByteArray &accept, const QByteArray &type)
{
    double best = 0;
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        if (parts.value(0).trimmed().toLower() != type)
            continue;
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts[i].trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                q = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        best = qMax(best, q);
    }
    return best;
}

bool prefersHtml(const QByteArray &accept)
{
    const double html = qualityOf(accept, "text/html");
    return html > 0 && html > qualityOf(accept, "application/json");
}

} // namespace wag::portal
