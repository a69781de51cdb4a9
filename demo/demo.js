// The demo page's own script, as a partner site might have: it is not needed by the elements. It says
// which of the library's elements this build defines (a quick check that the CDN bundle loaded under
// the page's Content-Security-Policy) and offers a language switch that sets <html lang>, which the
// elements follow at once.
const tags = ['vt-config', 'vt-group-signup', 'vt-reflection-card', 'vt-survey', 'vt-phase-timer'];

function showStatus() {
  const defined = tags.filter((tag) => customElements.get(tag));
  const missing = tags.filter((tag) => !customElements.get(tag));
  const status = document.querySelector('#elements-status');
  if (!status) return;
  status.textContent =
    `Tässä koosteessa: ${defined.map((tag) => `<${tag}>`).join(', ') || 'ei yhtään'}.` +
    (missing.length ? ` Ei vielä mukana: ${missing.map((tag) => `<${tag}>`).join(', ')}.` : '');
}

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

// The bundle is a module script before this one, so its definitions are normally in place already; the
// load event covers a bundle that finishes later. A tag still missing then is not in this build.
showStatus();
window.addEventListener('load', showStatus);
