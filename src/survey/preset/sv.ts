import type { PresetTexts } from '../preset.js';

/** peer-group-satisfaction in Swedish: our own texts, to be reviewed by a native speaker before release. */
const texts: PresetTexts = {
  title: 'Respons på kamratgruppen',
  description: 'Det tar ungefär fem minuter att svara. Du svarar anonymt och behöver inte svara på alla frågor.',
  completedHtml: 'Tack för dina svar! Din respons hjälper oss att utveckla kamratgrupperna.',
  pages: ['Stämningen i gruppen', 'Ledningen av gruppen', 'Gruppen och träffen', 'Vad gruppen gav dig', 'Som helhet'],
  agree: [
    'Helt av annan åsikt',
    'Delvis av annan åsikt',
    'Varken av samma eller annan åsikt',
    'Delvis av samma åsikt',
    'Helt av samma åsikt',
  ],
  statements: [
    'Stämningen var öppen.',
    'Vi talade ärligt med varandra.',
    'Vi visade varandra medkänsla.',
    'Alla kunde delta på lika villkor.',
    'Gruppledaren strävade efter samförstånd.',
    'Diskussionen var väl organiserad.',
    'Gruppledaren var lyhörd för våra behov.',
  ],
  groupSize: ['Vad tyckte du om gruppens storlek?', 'För liten', 'Lagom', 'För stor'],
  format: [
    'Hur ordnades träffen som du deltog i?',
    'Som fysisk träff',
    'På nätet',
    'Hybrid: en del på plats, en del på nätet',
  ],
  outcomes: [
    'Hur väl instämmer du i följande påståenden?',
    'Jag fick nya verktyg och praktiska exempel.',
    'Jag märkte att jag inte är ensam med mina problem.',
    'Jag känner mig starkare och mer kapabel.',
    'Jag kunde hjälpa andra.',
    'Jag lärde mig av andras erfarenheter.',
  ],
  satisfaction: ['Hur nöjd är du med kamratgruppen som helhet?', 'Mycket missnöjd', 'Mycket nöjd'],
  recommend: [
    'Hur sannolikt är det att du skulle rekommendera gruppen till andra?',
    'Mycket osannolikt',
    'Mycket sannolikt',
  ],
  mostUseful: ['Vad var mest värdefullt för dig?', 'Nämn inga namn eller andra uppgifter som kan identifiera någon.'],
};
export default texts;
