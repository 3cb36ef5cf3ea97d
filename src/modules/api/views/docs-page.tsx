import type { AppContext } from '../../../kernel/http.js';
import { ColumnHeads } from '../../../kernel/views/column-heads.js';
import { render } from '../../../kernel/views/render.js';
import { TableScroll } from '../../../kernel/views/table.js';
import { API_MOUNT, listOperations, type OpenApiDocument, type OperationSummary } from '../document.js';

/**
 * The human face of the OpenAPI document: plain HTML, no script and no third-party viewer, so it
 * loads on a slow connection and cannot disagree with the JSON it is read from.
 */
export function docsPage(c: AppContext, doc: OpenApiDocument) {
  const t = c.get('t');
  const documentHref = `${API_MOUNT}/openapi.json`;
  return render(
    c,
    t('api:docs.title'),
    <>
      <h1>{t('api:docs.title')}</h1>
      <p>{t('api:docs.intro')}</p>
      <p>
        <a href={documentHref} type="application/json">
          {t('api:docs.documentLink')}
        </a>{' '}
        <code>{documentHref}</code>
      </p>

      <h2>{t('api:docs.authTitle')}</h2>
      <p>{t('api:docs.authBody')}</p>
      <pre>
        <code>{t('api:docs.authExample')}</code>
      </pre>
      <p>
        <a href="/account">{t('api:docs.accountLink')}</a>
      </p>

      <h2>{t('api:docs.conventionsTitle')}</h2>
      <ul>
        <li>{t('api:docs.dates')}</li>
        <li>{t('api:docs.errors')}</li>
        <li>{t('api:docs.caching')}</li>
      </ul>

      <h2>{t('api:docs.operations')}</h2>
      {listOperations(doc).map((op) => (
        <Operation op={op} t={t} />
      ))}
    </>,
  );
}

function Operation({ op, t }: { op: OperationSummary; t: AppContext['var']['t'] }) {
  return (
    <section>
      <h3>
        <code>
          {op.method} {op.path}
        </code>
      </h3>
      <p>
        <strong>{op.summary}</strong>
      </p>
      {op.description && <p>{op.description}</p>}
      {op.parameters.length === 0 ? (
        <p class="hint">{t('api:docs.noParameters')}</p>
      ) : (
        <TableScroll label={t('api:docs.parameters')}>
          <table>
            <caption>{t('api:docs.parameters')}</caption>
            <ColumnHeads
              t={t}
              keys={[
                'api:docs.name',
                'api:docs.in',
                'api:docs.required',
                'api:docs.description',
                'api:docs.example',
              ]}
            />
            <tbody>
              {op.parameters.map((p) => (
                <tr>
                  <td>
                    <code>{p.name}</code>
                  </td>
                  <td>{t(`api:docs.location.${p.in}`, { defaultValue: p.in })}</td>
                  <td>{p.required ? t('common:yes') : t('common:no')}</td>
                  <td>
                    {p.description}
                    {p.values.length > 0 && (
                      <p class="hint">
                        {t('api:docs.values')}{' '}
                        {p.values.map((v, i) => (
                          <>
                            {i > 0 && ', '}
                            <code>{v}</code>
                          </>
                        ))}
                      </p>
                    )}
                  </td>
                  <td>
                    {p.example !== null && p.in === 'query' ? (
                      <a href={`${op.path}?${new URLSearchParams({ [p.name]: p.example })}`}>
                        <code>{p.example}</code>
                      </a>
                    ) : (
                      <code>{p.example}</code>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p>{t('api:docs.responses')}</p>
      <ul>
        {op.responses.map((r) => (
          <li>
            <code>{r.status}</code> {r.description}
            {r.mediaType && r.mediaType !== 'application/json' ? (
              <>
                {' '}
                <code>{r.mediaType}</code>
              </>
            ) : null}
            {r.schema && (
              <>
                {' '}
                <span class="hint">({t('api:docs.schema', { name: r.schema })})</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {op.method === 'GET' && (
        <p>
          <a href={op.tryHref}>
            {t('api:docs.try')} <code>{op.tryHref}</code>
          </a>
        </p>
      )}
    </section>
  );
}
