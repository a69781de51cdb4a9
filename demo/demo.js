// Tells the visitor which of the library's elements this build defines: a quick check that the CDN
// bundle loaded under the page's Content-Security-Policy.
const tags = ['vt-config', 'vt-group-signup', 'vt-reflection-card', 'vt-survey', 'vt-phase-timer'];
await customElements.whenDefined('vt-config');
const defined = tags.filter((tag) => customElements.get(tag));
document.querySelector('#status').textContent = `Käytössä: ${defined.map((tag) => `<${tag}>`).join(', ')}.`;
