/**
 * Finnish: the source catalogue. Keys are `area.name`; `{name}` is a placeholder. Adding a key here makes
 * sv.ts and en.ts fail to compile until they have it too.
 */
export const fi = {
  'core.sending': 'Lähetetään…',
  'core.sent': 'Lähetetty. Kiitos!',
  'core.queued':
    'Yhteys ei nyt toimi. Tiedot on tallennettu tälle laitteelle, ja ne lähetetään automaattisesti, kun yhteys palaa.',
  'core.deliveredLater': 'Aiemmin tallennetut tietosi on nyt lähetetty.',
  'core.pending': {
    one: '{count} lähetys odottaa yhteyttä.',
    other: '{count} lähetystä odottaa yhteyttä.',
  },
  'core.rejected': 'Lähetys ei onnistunut ({status}). Tietosi ovat yhä lomakkeella; yritä myöhemmin uudelleen.',
  'core.fixErrors': 'Tarkista merkityt kohdat. Tietosi ovat yhä lomakkeella.',
  'core.storageUnavailable':
    'Selain ei salli tallentamista tälle laitteelle. Tiedot säilyvät vain, kunnes suljet tai lataat sivun uudelleen.',
  'core.configError': 'Asetusvirhe sivun ylläpitäjälle: {problem}',
  'core.noEndpoint': 'lähetysosoite puuttuu (määritä endpoint-attribuutti tai <vt-config endpoint>).',
  'core.errorSummaryTitle': 'Lomakkeessa on virheitä',
  'core.errorPrefix': 'Virhe:',
  'core.required': 'Tämä tieto on pakollinen.',
  // <vt-reflection-card>: 'reflection.*' keys below this line.
  // <vt-phase-timer>: 'timer.*' keys below this line.
} as const;
