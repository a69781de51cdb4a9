/** peer-group-satisfaction in Swedish: our own texts, to be reviewed by a native speaker before release. */
export default {
  title: 'Respons på kamratgruppen',
  description: 'Det tar ungefär fem minuter att svara. Du svarar anonymt och behöver inte svara på alla frågor.',
  showProgressBar: true,
  completedHtml: 'Tack för dina svar! Din respons hjälper oss att utveckla kamratgrupperna.',
  pages: [
    {
      name: 'climate',
      title: 'Stämningen i gruppen',
      elements: [
        {
          type: 'rating',
          name: 'climateOpen',
          title: 'Stämningen var öppen.',
          minRateDescription: 'Helt av annan åsikt',
          maxRateDescription: 'Helt av samma åsikt',
        },
        {
          type: 'rating',
          name: 'climateHonest',
          title: 'Vi talade ärligt med varandra.',
          minRateDescription: 'Helt av annan åsikt',
          maxRateDescription: 'Helt av samma åsikt',
        },
        {
          type: 'rating',
          name: 'climateEmpathy',
          title: 'Vi visade varandra medkänsla.',
          minRateDescription: 'Helt av annan åsikt',
          maxRateDescription: 'Helt av samma åsikt',
        },
        {
          type: 'rating',
          name: 'climateEqual',
          title: 'Alla kunde delta på lika villkor.',
          minRateDescription: 'Helt av annan åsikt',
          maxRateDescription: 'Helt av samma åsikt',
        },
      ],
    },
    {
      name: 'leadership',
      title: 'Ledningen av gruppen',
      elements: [
        {
          type: 'rating',
          name: 'leaderConsensus',
          title: 'Gruppledaren strävade efter samförstånd.',
          minRateDescription: 'Helt av annan åsikt',
          maxRateDescription: 'Helt av samma åsikt',
        },
        {
          type: 'rating',
          name: 'leaderOrganised',
          title: 'Diskussionen var väl organiserad.',
          minRateDescription: 'Helt av annan åsikt',
          maxRateDescription: 'Helt av samma åsikt',
        },
        {
          type: 'rating',
          name: 'leaderResponsive',
          title: 'Gruppledaren var lyhörd för våra behov.',
          minRateDescription: 'Helt av annan åsikt',
          maxRateDescription: 'Helt av samma åsikt',
        },
      ],
    },
    {
      name: 'group',
      title: 'Gruppen och träffen',
      elements: [
        {
          type: 'radiogroup',
          name: 'groupSize',
          title: 'Vad tyckte du om gruppens storlek?',
          choices: [
            { value: 'tooSmall', text: 'För liten' },
            { value: 'right', text: 'Lagom' },
            { value: 'tooLarge', text: 'För stor' },
          ],
        },
        {
          type: 'radiogroup',
          name: 'format',
          title: 'Hur ordnades träffen som du deltog i?',
          choices: [
            { value: 'faceToFace', text: 'Som fysisk träff' },
            { value: 'online', text: 'På nätet' },
            { value: 'hybrid', text: 'Hybrid: en del på plats, en del på nätet' },
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      title: 'Vad gruppen gav dig',
      elements: [
        {
          type: 'matrix',
          name: 'outcomes',
          title: 'Hur väl instämmer du i följande påståenden?',
          columns: [
            { value: 1, text: 'Helt av annan åsikt' },
            { value: 2, text: 'Delvis av annan åsikt' },
            { value: 3, text: 'Varken av samma eller annan åsikt' },
            { value: 4, text: 'Delvis av samma åsikt' },
            { value: 5, text: 'Helt av samma åsikt' },
          ],
          rows: [
            { value: 'tools', text: 'Jag fick nya verktyg och praktiska exempel.' },
            { value: 'notAlone', text: 'Jag märkte att jag inte är ensam med mina problem.' },
            { value: 'stronger', text: 'Jag känner mig starkare och mer kapabel.' },
            { value: 'helpedOthers', text: 'Jag kunde hjälpa andra.' },
            { value: 'learnedFromOthers', text: 'Jag lärde mig av andras erfarenheter.' },
          ],
        },
      ],
    },
    {
      name: 'overall',
      title: 'Som helhet',
      elements: [
        {
          type: 'rating',
          name: 'satisfaction',
          title: 'Hur nöjd är du med kamratgruppen som helhet?',
          minRateDescription: 'Mycket missnöjd',
          maxRateDescription: 'Mycket nöjd',
        },
        {
          type: 'rating',
          name: 'recommend',
          title: 'Hur sannolikt är det att du skulle rekommendera gruppen till andra?',
          minRateDescription: 'Mycket osannolikt',
          maxRateDescription: 'Mycket sannolikt',
        },
        {
          type: 'comment',
          name: 'mostUseful',
          title: 'Vad var mest värdefullt för dig?',
          description: 'Nämn inga namn eller andra uppgifter som kan identifiera någon.',
          maxLength: 2000,
        },
      ],
    },
  ],
};
