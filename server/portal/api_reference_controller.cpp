#include "api_reference_controller.h"

#include "api/docs_controller.h"
#include "http/router.h"
#include "portal_gate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wag::portal {

namespace {

// "#/components/schemas/Error" → the object it names; anything else is returned as is.
QJsonObject resolved(const QJsonObject &document, const QJsonObject &object)
{
    const QString ref = object.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(u"#/"))
        return object;
    QJsonValue at = document;
    for (const QString &part : ref.mid(2).split(u'/'))
        at = at.toObject().value(part);
    return at.toObject();
}

QString refName(const QJsonObject &object)
{
    return object.value(QStringLiteral("$ref")).toString().section(u'/', -1);
}

// Properties and required names of a schema, through allOf (the events extend a common
// part) and $ref.
void collectFields(const QJsonObject &document, const QJsonObject &schemaOrRef, QJsonObject &properties,
                   QStringList &required)
{
    const QJsonObject schema = resolved(document, schemaOrRef);
    for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
        collectFields(document, part.toObject(), properties, required);
    const QJsonObject own = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        properties.insert(it.key(), it.value());
    for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray())
        required << name.toString();
}

QString typeText(const QJsonObject &document, const QJsonObject &schemaOrRef)
{
    const QJsonObject schema = resolved(document, schemaOrRef);
    QString type;
    const QJsonValue declared = schema.value(QStringLiteral("type"));
    if (declared.isArray()) {
        QStringList types;
        for (const QJsonValue &t : declared.toArray())
            types << t.toString();
        type = types.join(u" | ");
    } else {
        type = declared.toString();
    }
    if (type.isEmpty() && schemaOrRef.contains(QStringLiteral("$ref")))
        type = refName(schemaOrRef);
    const QJsonArray choices = schema.value(QStringLiteral("enum")).toArray();
    if (!choices.isEmpty()) {
        QStringList values;
        for (const QJsonValue &v : choices)
            values << (v.isNull() ? QStringLiteral("null") : v.toVariant().toString());
        type += QStringLiteral(": ") + values.join(u", ");
    }
    return type;
}

Html description(const QJsonObject &object)
{
    const QString text = object.value(QStringLiteral("description")).toString().trimmed();
    return text.isEmpty() ? Html() : Html::fill(R"(<pre class="doc-text">%1</pre>)", {text});
}

} // namespace

void ApiReferenceController::mount(Router &router, PortalGate &gate)
{
    router.add("GET", QStringLiteral("/docs/openapi"), Router::SyncHandler([&gate](const HttpRequest &request) {
                   // Parsed once: the document is part of the binary.
                   static const QJsonObject document =
                       QJsonDocument::fromJson(DocsController::openApiDocument()).object();
                   if (document.isEmpty())
                       return gate.page(request, gate.visitor(request), 500, tr("API reference"),
                                        Html::fill(R"(<p class="problem" role="alert">%1</p>)",
                                                   {tr("The API document is not built into this gateway.")}));
                   return gate.page(request, gate.visitor(request), 200, tr("API reference"), render(document));
               }));
}

Html ApiReferenceController::render(const QJsonObject &document)
{
    const QJsonObject info = document.value(QStringLiteral("info")).toObject();
    Html operations;
    Html contents;
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject methods = path.value().toObject();
        for (auto method = methods.begin(); method != methods.end(); ++method) {
            const QString anchor = method.value().toObject().value(QStringLiteral("operationId")).toString();
            contents += Html::fill(R"(<li><a href="#%1"><code>%2 %3</code></a></li>)",
                                   {anchor, method.key().toUpper(), path.key()});
            operations += operation(document, method.key(), path.key(), method.value().toObject());
        }
    }
    Html events;
    const QJsonObject webhooks = document.value(QStringLiteral("webhooks")).toObject();
    for (auto hook = webhooks.begin(); hook != webhooks.end(); ++hook) {
        const QJsonObject post = hook.value().toObject().value(QStringLiteral("post")).toObject();
        contents += Html::fill(R"(<li><a href="#event-%1"><code>%1</code></a></li>)", {hook.key()});
        events += webhook(document, hook.key(), post);
    }
    const Html head = Html::fill(R"(<h1>%1 <small>%2</small></h1><p>%3</p>)"
                                 R"(<p><a class="button" href="/docs/openapi.json" download>%4</a></p>%5)",
                                 {info.value(QStringLiteral("title")).toString(),
                                  info.value(QStringLiteral("version")).toString(),
                                  info.value(QStringLiteral("summary")).toString(),
                                  tr("Download the OpenAPI document (JSON)"), description(info)});
    return Html::fill(R"(<article class="api-reference">%1<nav aria-label="%2"><ul class="codes">%3</ul></nav>)"
                      R"(<h2>%4</h2>%5<h2>%6</h2>%7</article>)",
                      {head, tr("Contents"), contents, tr("Operations"), operations, tr("Webhook events"), events});
}

Html ApiReferenceController::operation(const QJsonObject &document, const QString &method, const QString &path,
                                       const QJsonObject &op)
{
    Html parameters;
    for (const QJsonValue &value : op.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject p = resolved(document, value.toObject());
        parameters += Html::fill(R"(<tr><td><code>%1</code></td><td>%2</td><td>%3</td><td>%4</td></tr>)",
                                 {p.value(QStringLiteral("name")).toString(), p.value(QStringLiteral("in")).toString(),
                                  p.value(QStringLiteral("required")).toBool() ? tr("yes") : tr("no"),
                                  p.value(QStringLiteral("description")).toString()});
    }
    Html parameterTable;
    if (!parameters.isEmpty())
        parameterTable = Html::fill(R"(<h4>%1</h4><table class="list"><thead><tr><th scope="col">%2</th>)"
                                    R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th></tr>)"
                                    R"(</thead><tbody>%6</tbody></table>)",
                                    {tr("Parameters"), tr("Name"), tr("In"), tr("Required"), tr("Meaning"), parameters});
    Html body;
    const QJsonObject requestBody = resolved(document, op.value(QStringLiteral("requestBody")).toObject());
    const QJsonObject content = requestBody.value(QStringLiteral("content")).toObject();
    if (!content.isEmpty()) {
        const QJsonObject schema = content.begin().value().toObject().value(QStringLiteral("schema")).toObject();
        body = Html::fill(R"(<h4>%1 <code>%2</code></h4>%3)", {tr("Request body"), content.begin().key(),
                                                                fieldsTable(document, schema)});
    }
    Html responses;
    const QJsonObject answers = op.value(QStringLiteral("responses")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QJsonObject answer = resolved(document, it.value().toObject());
        const QJsonObject answerContent = answer.value(QStringLiteral("content")).toObject();
        const QString schema = answerContent.isEmpty()
                                   ? QString()
                                   : typeText(document, answerContent.begin().value().toObject().value(
                                                            QStringLiteral("schema")).toObject());
        responses += Html::fill(R"(<tr><td><code>%1</code></td><td>%2</td><td><pre class="doc-text">%3</pre></td></tr>)",
                                {it.key(), schema, answer.value(QStringLiteral("description")).toString().trimmed()});
    }
    const Html answerTable =
        Html::fill(R"(<h4>%1</h4><table class="list"><thead><tr><th scope="col">%2</th><th scope="col">%3</th>)"
                   R"(<th scope="col">%4</th></tr></thead><tbody>%5</tbody></table>)",
                   {tr("Answers"), tr("Status"), tr("Body"), tr("Meaning"), responses});
    return Html::fill(R"(<section class="operation" id="%1"><h3><code>%2 %3</code></h3><p>%4</p>%5%6%7%8</section>)",
                      {op.value(QStringLiteral("operationId")).toString(), method.toUpper(), path,
                       op.value(QStringLiteral("summary")).toString(), description(op), parameterTable, body,
                       answerTable});
}

Html ApiReferenceController::webhook(const QJsonObject &document, const QString &name, const QJsonObject &op)
{
    const QJsonObject content =
        resolved(document, op.value(QStringLiteral("requestBody")).toObject()).value(QStringLiteral("content")).toObject();
    const Html fields = content.isEmpty()
                            ? Html()
                            : fieldsTable(document, content.begin().value().toObject().value(QStringLiteral("schema")).toObject());
    return Html::fill(R"(<section class="operation" id="event-%1"><h3><code>%1</code></h3><p>%2</p>%3%4</section>)",
                      {name, op.value(QStringLiteral("summary")).toString(), description(op), fields});
}

Html ApiReferenceController::fieldsTable(const QJsonObject &document, const QJsonObject &schema)
{
    QJsonObject properties;
    QStringList required;
    collectFields(document, schema, properties, required);
    Html rows;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        rows += Html::fill(R"(<tr><td><code>%1</code></td><td>%2</td><td>%3</td><td>%4</td></tr>)",
                           {it.key(), typeText(document, field), required.contains(it.key()) ? tr("yes") : tr("no"),
                            resolved(document, field).value(QStringLiteral("description")).toString()});
    }
    if (rows.isEmpty())
        return {};
    return Html::fill(R"(<table class="list"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                      R"(<th scope="col">%3</th><th scope="col">%4</th></tr></thead><tbody>%5</tbody></table>)",
                      {tr("Field"), tr("Type"), tr("Required"), tr("Meaning"), rows});
}

} // namespace wag::portal
