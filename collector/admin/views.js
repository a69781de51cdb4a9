import { html } from '../html.js';
import { barChart } from './chart.js';

/**
 * The admin pages, in Finnish (the programme's coordinators are Finnish). Built with `html`, which
 * escapes every value: whatever a page sent us is shown as text. No scripts at all, so the pages run
 * under `default-src 'none'`; every action is a plain link or form.
 */

/** @typedef {import('../html.js').SafeHtml} SafeHtml */
/** @typedef {import('./summary.js').QuestionSummary} QuestionSummary */

const KIND_LABELS = { signup: 'Ilmoittautumiset', survey: 'Kyselyvastaukset', reflection: 'Jaetut pohdinnat' };

const numberFormat = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('fi-FI', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });

/** @param {string | undefined | null} iso */
export function formatTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** @param {Record<string, string | number | undefined>} params */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * @param {string} title
 * @param {SafeHtml} body
 * @param {string} [current]  which navigation link is this page
 */
export function layout(title, body, current = '') {
  const link = (/** @type {string} */ href, /** @type {string} */ label, /** @type {string} */ id) =>
    html`<a href="${href}" ${current === id ? html`aria-current="page"` : ''}>${label}</a>`;
  return html`<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} – Vertaistuki-keräin</title>
<link rel="stylesheet" href="/admin/admin.css">
</head>
<body>
<header class="top">
  <p class="brand">Vertaistuki-keräin</p>
  <nav aria-label="Ylläpito">
    ${link('/admin', 'Yleiskatsaus', 'overview')}
    ${link('/admin/submissions/signup', 'Ilmoittautumiset', 'signup')}
    ${link('/admin/submissions/survey', 'Kyselyt', 'survey')}
    ${link('/admin/submissions/reflection', 'Pohdinnat', 'reflection')}
    ${link('/admin/erase', 'Tietojen poisto', 'erase')}
  </nav>
</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

/**
 * @param {object} model
 * @param {Record<string, number>} model.counts
 * @param {Array<Record<string, any>>} model.groups  configured groups with counts
 * @param {Array<{ surveyId: string, count: number, lastReceivedAt: string }>} model.surveys
 * @param {Array<{ erasedAt: string, count: number }>} model.erasures
 * @param {string | undefined} model.groupsError
 */
export function overviewPage({ counts, groups, surveys, erasures, groupsError }) {
  return layout(
    'Yleiskatsaus',
    html`
<section aria-labelledby="kinds">
  <h2 id="kinds">Tallennetut lähetykset</h2>
  <ul class="cards">
    ${Object.entries(KIND_LABELS).map(
      ([kind, label]) => html`<li><a href="/admin/submissions/${kind}"><span class="big">${counts[kind] ?? 0}</span> ${label}</a></li>`,
    )}
  </ul>
</section>

<section aria-labelledby="groups">
  <h2 id="groups">Ryhmät ja paikat</h2>
  ${groupsError ? html`<p class="error" role="alert">Ryhmätiedostoa ei voitu lukea: ${groupsError}</p>` : ''}
  <div class="scroll"><table>
    <thead><tr><th scope="col">Ryhmä</th><th scope="col">Tunniste</th><th scope="col" class="num">Paikkoja</th><th scope="col" class="num">Varattu muualla</th><th scope="col" class="num">Ilmoittautuneita</th><th scope="col" class="num">Jonossa</th><th scope="col" class="num">Vapaana</th><th scope="col">Tila</th></tr></thead>
    <tbody>
    ${groups.map(
      (group) => html`<tr>
        <th scope="row"><a href="/admin/submissions/signup${query({ group: group.value })}">${group.name}</a></th>
        <td><code>${group.value}</code></td>
        <td class="num">${group.capacity ?? '–'}</td>
        <td class="num">${group.reserved ?? 0}</td>
        <td class="num">${group.seats}</td>
        <td class="num">${group.waiting}</td>
        <td class="num">${group.seatsLeft ?? '–'}</td>
        <td>${group.closed ? 'Suljettu' : group.seatsLeft === 0 ? 'Täynnä (jono)' : 'Avoin'}</td>
      </tr>`,
    )}
    </tbody>
  </table></div>
</section>

<section aria-labelledby="surveys">
  <h2 id="surveys">Kyselyt</h2>
  ${surveys.length
    ? html`<div class="scroll"><table>
      <thead><tr><th scope="col">Kysely</th><th scope="col" class="num">Vastauksia</th><th scope="col">Viimeisin</th><th scope="col">Toiminnot</th></tr></thead>
      <tbody>${surveys.map(
        (survey) => html`<tr>
          <th scope="row">${survey.surveyId || '(nimetön)'}</th>
          <td class="num">${survey.count}</td>
          <td>${formatTime(survey.lastReceivedAt)}</td>
          <td class="actions">
            <a href="/admin/survey${query({ id: survey.surveyId })}">Yhteenveto</a>
            <a href="/admin/submissions/survey${query({ survey: survey.surveyId })}">Vastaukset</a>
            <a href="/admin/export.csv${query({ kind: 'survey', survey: survey.surveyId })}">CSV</a>
          </td>
        </tr>`,
      )}</tbody>
    </table></div>`
    : html`<p>Ei vielä vastauksia.</p>`}
</section>

<section aria-labelledby="erasures">
  <h2 id="erasures">Poistot</h2>
  ${erasures.length
    ? html`<ul>${erasures.slice(0, 10).map((entry) => html`<li>${formatTime(entry.erasedAt)}: ${entry.count} poistettu</li>`)}</ul>`
    : html`<p>Ei poistoja.</p>`}
  <p><a href="/admin/erase">Poista henkilön tiedot</a> (EU:n tietosuoja-asetus, 17 artikla).</p>
</section>`,
    'overview',
  );
}

/**
 * @param {object} model
 * @param {'signup' | 'survey' | 'reflection'} model.kind
 * @param {{ columns: Array<{ key: string, label: string }>, rows: unknown[][] }} model.table
 * @param {number} model.total  stored with this filter
 * @param {Record<string, string | undefined>} model.filter
 * @param {string} model.filterText
 * @param {{ first: boolean, next?: number }} model.paging  next: the `before` of the next (older) page
 */
export function listPage({ kind, table, total, filter, filterText, paging }) {
  // Columns nobody filled in (optional fields the page did not ask) only take space.
  const keep = table.columns.map((_, index) => table.rows.some((row) => row[index] !== undefined && row[index] !== null && row[index] !== ''));
  const columns = table.columns.filter((_, index) => keep[index]);
  const rows = table.rows.map((row) => row.filter((_, index) => keep[index]));
  const csv = `/admin/export.csv${query({ kind, ...filter })}`;
  const csvSemicolon = `/admin/export.csv${query({ kind, ...filter, sep: 'semicolon' })}`;
  return layout(
    `${KIND_LABELS[kind]}${filterText ? `: ${filterText}` : ''}`,
    html`
<p>${total} tallennettu${rows.length < total ? html`; näytetään ${paging.first ? 'uusimmat ' : ''}${rows.length}, kaikki CSV-tiedostossa` : ''}.
  <a href="${csv}">Lataa CSV</a> · <a href="${csvSemicolon}">CSV Exceliin (puolipiste)</a>
  ${kind === 'survey' && filter.survey !== undefined ? html` · <a href="/admin/survey${query({ id: filter.survey })}">Yhteenveto</a>` : ''}
</p>
${rows.length
  ? html`<div class="scroll"><table class="data">
      <thead><tr>${columns.map((column) => html`<th scope="col" title="${column.key}">${column.label}</th>`)}${kind === 'signup' ? html`<th scope="col">Poisto</th>` : ''}</tr></thead>
      <tbody>${rows.map((row, rowIndex) => {
        const id = String(table.rows[rowIndex]?.[1] ?? '');
        return html`<tr>${row.map((cell) => html`<td>${display(cell)}</td>`)}${kind === 'signup'
          ? html`<td><a href="/admin/erase${query({ id })}">Poista…</a></td>`
          : ''}</tr>`;
      })}</tbody>
    </table></div>`
  : html`<p>Ei lähetyksiä.</p>`}
${paging.next !== undefined || !paging.first
  ? html`<nav class="paging" aria-label="Sivut">
      ${!paging.first ? html`<a href="/admin/submissions/${kind}${query({ ...filter })}">Uusimmat</a>` : ''}
      ${paging.next !== undefined ? html`<a href="/admin/submissions/${kind}${query({ ...filter, before: paging.next })}">Vanhemmat</a>` : ''}
    </nav>`
  : ''}`,
    kind,
  );
}

/** Characters of one table cell on a page; the CSV has the whole text. */
const CELL_LIMIT = 1000;

/** @param {unknown} cell */
function display(cell) {
  if (cell === true) return 'kyllä';
  if (cell === false) return 'ei';
  if (typeof cell === 'string' && /^\d{4}-\d\d-\d\dT/.test(cell)) return formatTime(cell);
  const text = cell && typeof cell === 'object' ? JSON.stringify(cell) : String(cell ?? '');
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT)}… (koko teksti CSV-tiedostossa)` : text;
}

/**
 * @param {object} model
 * @param {string} model.surveyId
 * @param {number} model.count
 * @param {QuestionSummary[]} model.questions
 * @param {{ questions: number, answers: number }} model.omitted  questions left out (no definition, few answers)
 * @param {{ groups: string[], sessions: number[] }} model.facets
 * @param {{ group?: string, session?: number }} model.filter
 * @param {boolean} model.hasDefinition
 */
export function surveyPage({ surveyId, count, questions, omitted, facets, filter, hasDefinition }) {
  return layout(
    `Yhteenveto: ${surveyId || '(nimetön)'}`,
    html`
<p>${count} vastausta${filter.group ? html`, ryhmä ${filter.group}` : ''}${filter.session ? html`, tapaaminen ${filter.session}` : ''}.
  <a href="/admin/submissions/survey${query({ survey: surveyId })}">Kaikki vastaukset</a> ·
  <a href="/admin/export.csv${query({ kind: 'survey', survey: surveyId, group: filter.group, session: filter.session })}">CSV</a></p>
${!hasDefinition
  ? html`<p class="note">Kysymysten otsikot näkyvät, kun kyselyn määrittely on tiedostona
    <code>SURVEY_DEFINITIONS_DIR/${surveyId}.json</code>; nyt näytetään kysymysten tunnisteet.</p>`
  : ''}
${facets.groups.length > 1 || facets.sessions.length > 1
  ? html`<form class="filter" method="get" action="/admin/survey">
      <input type="hidden" name="id" value="${surveyId}">
      <label for="filter-group">Ryhmä</label>
      <select id="filter-group" name="group"><option value="">Kaikki</option>${facets.groups.map(
        (group) => html`<option value="${group}" ${filter.group === group ? html`selected` : ''}>${group}</option>`,
      )}</select>
      <label for="filter-session">Tapaaminen</label>
      <select id="filter-session" name="session"><option value="">Kaikki</option>${facets.sessions.map(
        (session) => html`<option value="${session}" ${filter.session === session ? html`selected` : ''}>${session}</option>`,
      )}</select>
      <button type="submit">Rajaa</button>
    </form>`
  : ''}
${questions.map((question, index) => questionSection(question, index))}
${omitted.questions
  ? html`<p class="note">Lisäksi ${omitted.questions} kysymystä, joita ei ole määrittelyssä, yhteensä ${omitted.answers}
    vastausta: ne ovat CSV-tiedostossa.</p>`
  : ''}`,
    'survey',
  );
}

/** @param {QuestionSummary} question @param {number} index */
function questionSection(question, index) {
  const id = `q${index + 1}`;
  const heading = html`<h2 id="${id}">${question.title}</h2>
    <p class="meta"><code>${question.name}</code> · ${question.answered} vastannut${question.mean !== undefined ? html` · keskiarvo ${numberFormat.format(question.mean)}` : ''}</p>`;
  if (question.kind === 'texts') {
    return html`<section class="question" aria-labelledby="${id}">${heading}
      ${question.texts?.length ? html`<ul class="texts">${question.texts.map((text) => html`<li>${text}</li>`)}</ul>` : html`<p>Ei vastauksia.</p>`}
      ${question.texts && question.texts.length < question.answered
        ? html`<p class="note">Näytetään uusimmat ${question.texts.length}; kaikki CSV-tiedostossa.</p>`
        : ''}
    </section>`;
  }
  if (question.kind === 'matrix') {
    return html`<section class="question" aria-labelledby="${id}">${heading}
      ${(question.rows ?? []).map(
        (row) => html`<h3>${row.label}</h3>
          <p class="meta">${row.answered} vastannut${row.mean !== undefined ? html` · keskiarvo ${numberFormat.format(row.mean)}` : ''}</p>
          ${figure(row.bars, row.answered)}`,
      )}
    </section>`;
  }
  return html`<section class="question" aria-labelledby="${id}">${heading}${figure(question.bars ?? [], question.answered)}</section>`;
}

/** @param {import('./summary.js').Bar[]} bars @param {number} total */
function figure(bars, total) {
  return html`<div class="figure">
    ${barChart(bars, total)}
    <table class="counts"><thead><tr><th scope="col">Vastaus</th><th scope="col" class="num">Määrä</th></tr></thead>
      <tbody>${bars.map((bar) => html`<tr><th scope="row">${bar.label}</th><td class="num">${bar.count}</td></tr>`)}</tbody>
    </table>
  </div>`;
}

/** @param {{ email?: string, id?: string, message?: string }} [values] */
export function erasePage(values = {}) {
  return layout(
    'Henkilön tietojen poisto',
    html`
<p>Poista yhden henkilön ilmoittautumiset sähköpostiosoitteen perusteella, tai mikä tahansa lähetys sen
tunnisteella. Ensin näytetään, mitä poistetaan; mitään ei poisteta ennen vahvistusta. Poistettua ei voi palauttaa.</p>
${values.message ? html`<p class="error" role="alert">${values.message}</p>` : ''}
<form method="post" action="/admin/erase" class="stack">
  <label for="email">Sähköpostiosoite</label>
  <input id="email" name="email" type="email" autocomplete="off" value="${values.email ?? ''}">
  <p>tai</p>
  <label for="id">Lähetyksen tunniste</label>
  <input id="id" name="id" autocomplete="off" value="${values.id ?? ''}">
  <button type="submit">Hae poistettavat</button>
</form>`,
    'erase',
  );
}

/**
 * @param {import('../storage/index.js').Submission[]} matches
 * @param {{ email?: string, id?: string }} by
 */
export function eraseConfirmPage(matches, by) {
  return layout(
    'Vahvista poisto',
    html`
<p>${matches.length} lähetystä löytyi (${by.email ? html`sähköposti ${by.email}` : html`tunniste ${by.id}`}):</p>
<div class="scroll"><table>
  <thead><tr><th scope="col">Vastaanotettu</th><th scope="col">Laji</th><th scope="col">Nimi</th><th scope="col">Sähköposti</th><th scope="col">Ryhmä</th><th scope="col">Tunniste</th></tr></thead>
  <tbody>${matches.map(
    (submission) => html`<tr><td>${formatTime(submission.receivedAt)}</td><td>${KIND_LABELS[submission.kind]}</td>
      <td>${submission.data.name ?? ''}</td><td>${submission.data.email ?? ''}</td><td>${submission.data.group ?? ''}</td><td><code>${submission.id}</code></td></tr>`,
  )}</tbody>
</table></div>
<form method="post" action="/admin/erase" class="stack">
  ${matches.map((submission) => html`<input type="hidden" name="erase" value="${submission.id}">`)}
  <button type="submit" class="danger">Poista pysyvästi (${matches.length})</button>
</form>
<p><a href="/admin/erase">Peruuta</a></p>`,
    'erase',
  );
}

/** @param {number} count */
export function erasedPage(count) {
  return layout(
    'Tiedot poistettu',
    html`<p role="status">${count} lähetystä poistettu. Poistot kirjataan määrinä, ilman poistettuja tietoja.</p>
      <p>Jos henkilö lähettää saman ilmoittautumisen vielä laitteeltaan (lähetysjonosta), sitä ei tallenneta uudelleen.</p>
      <p><a href="/admin/erase">Poista muita</a> · <a href="/admin">Yleiskatsaus</a></p>`,
    'erase',
  );
}

export function unauthorisedPage() {
  return html`<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kirjaudu – Vertaistuki-keräin</title><link rel="stylesheet" href="/admin/admin.css"></head>
<body><main>
<h1>Kirjautuminen tarvitaan</h1>
<p>Selaimesi kysyy käyttäjätunnusta ja salasanaa. Käyttäjätunnukseksi käy mikä tahansa (esim. <code>admin</code>);
salasana on ylläpitotunnus (<code>ADMIN_TOKEN</code>, tai se, jonka keräin tulosti ensimmäisellä käynnistyksellä).</p>
<p>Ohjelmista: <code>Authorization: Bearer &lt;tunnus&gt;</code>.</p>
<p lang="en">Sign in: any user name, the admin token as the password; or send <code>Authorization: Bearer &lt;token&gt;</code>.</p>
</main></body></html>`;
}
