// The demo page's own script, as a partner site might have: it is not needed by the elements. It says
// which of the library's elements this build defines (a quick check that the CDN bundle loaded under
// the page's Content-Security-Policy) and offers a language switch that sets <html lang>, which the
// elements follow at once.
const tags = ['vt-config', 'vt-group-signup', 'vt-reflection-card', 'vt-survey', 'vt-phase-timer'];

/** Says which elements are defined, once each is or after a few seconds (a build without one of them). */
async function showStatus() {
  const status = document.querySelector('#elements-status');
  if (!status) return;
  const waited = new Promise((resolve) => setTimeout(resolve, 5000));
  await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), waited]);
  const defined = tags.filter((tag) => customElements.get(tag));
  const missing = tags.filter((tag) => !customElements.get(tag));
  status.textContent =
    `Tässä koosteessa: ${defined.map((tag) => `<${tag}>`).join(', ') || 'ei yhtään'}.` +
    (missing.length ? ` Puuttuu: ${missing.map((tag) => `<${tag}>`).join(', ')}.` : '');
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

// The bundle defines the elements once their code has arrived, which may be after this script has run.
void showStatus();
