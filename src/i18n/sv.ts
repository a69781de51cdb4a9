import type { Catalogue } from './catalogue.js';

/** Swedish. Written by the team, awaiting review by a native speaker. */
export const sv: Catalogue = {
  'core.sending': 'Skickar…',
  'core.sent': 'Skickat. Tack!',
  'core.queued':
    'Anslutningen fungerar inte just nu. Uppgifterna har sparats på den här enheten och skickas automatiskt när anslutningen är tillbaka.',
  'core.deliveredLater': 'Uppgifterna som du sparade tidigare har nu skickats.',
  'core.pending': {
    one: '{count} inskickning väntar på anslutning.',
    other: '{count} inskickningar väntar på anslutning.',
  },
  'core.rejected':
    'Det gick inte att skicka ({status}). Dina uppgifter finns kvar i formuläret; försök igen senare.',
  'core.fixErrors': 'Kontrollera de markerade fälten. Dina uppgifter finns kvar i formuläret.',
  'core.storageUnavailable':
    'Webbläsaren tillåter inte att något sparas på den här enheten. Uppgifterna finns kvar bara tills du stänger eller laddar om sidan.',
  'core.configError': 'Konfigurationsfel för sidans redaktör: {problem}',
  'core.noEndpoint': 'mottagaradress saknas (ange attributet endpoint eller <vt-config endpoint>).',
  'core.errorSummaryTitle': 'Formuläret innehåller fel',
  'core.errorPrefix': 'Fel:',
  'core.required': 'Uppgiften är obligatorisk.',
  // <vt-reflection-card>: 'reflection.*' keys below this line.
  // <vt-phase-timer>: 'timer.*' keys below this line.
};
