/**
 * The built-in questionnaire `preset="peer-group-satisfaction"`, as a SurveyJS-format definition, so it
 * goes through the same parser as any other and the CMS team can copy it as a starting point. Built on
 * the satisfaction drivers of entrepreneurs' mutual-aid groups (Sarkar et al. 2019: group climate,
 * group leadership, group size) and the outcomes participants reported in the project's forum. It asks
 * for no gender or age, and no question is required: the survey is anonymous and voluntary.
 *
 * Swedish texts are ours and need a native speaker's review before release.
 */

const t = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const agree = {
  minRateDescription: t('Täysin eri mieltä', 'Helt av annan åsikt', 'Strongly disagree'),
  maxRateDescription: t('Täysin samaa mieltä', 'Helt av samma åsikt', 'Strongly agree'),
};

/** A 1-5 agreement statement. */
const statement = (name: string, fi: string, sv: string, en: string) => ({
  type: 'rating',
  name,
  title: t(fi, sv, en),
  ...agree,
});

const choice = (value: string | number, fi: string, sv: string, en: string) => ({ value, text: t(fi, sv, en) });

export const PEER_GROUP_SATISFACTION = {
  title: t('Palaute vertaisryhmästä', 'Respons på kamratgruppen', 'Peer group feedback'),
  description: t(
    'Vastaaminen vie noin viisi minuuttia. Vastaat nimettömänä, eikä yhteenkään kysymykseen ole pakko vastata.',
    'Det tar ungefär fem minuter att svara. Du svarar anonymt och behöver inte svara på alla frågor.',
    'This takes about five minutes. Your answers are anonymous, and you can skip any question.',
  ),
  showProgressBar: true,
  completedHtml: t(
    'Kiitos vastauksistasi! Palautteesi auttaa kehittämään vertaisryhmiä.',
    'Tack för dina svar! Din respons hjälper oss att utveckla kamratgrupperna.',
    'Thank you for your answers! Your feedback helps us develop the peer groups.',
  ),
  pages: [
    {
      name: 'climate',
      title: t('Ryhmän ilmapiiri', 'Stämningen i gruppen', 'Group climate'),
      elements: [
        statement('climateOpen', 'Ilmapiiri oli avoin.', 'Stämningen var öppen.', 'The atmosphere was open.'),
        statement(
          'climateHonest',
          'Ryhmässä puhuttiin rehellisesti.',
          'Vi talade ärligt med varandra.',
          'People spoke honestly.',
        ),
        statement(
          'climateEmpathy',
          'Toisia kohtaan osoitettiin myötätuntoa.',
          'Vi visade varandra medkänsla.',
          'People showed empathy for one another.',
        ),
        statement(
          'climateEqual',
          'Kaikki pääsivät osallistumaan tasavertaisesti.',
          'Alla kunde delta på lika villkor.',
          'Everyone could take part equally.',
        ),
      ],
    },
    {
      name: 'leadership',
      title: t('Ryhmän ohjaus', 'Ledningen av gruppen', 'Group leadership'),
      elements: [
        statement(
          'leaderConsensus',
          'Ryhmän vetäjä pyrki löytämään yhteisen näkemyksen.',
          'Gruppledaren strävade efter samförstånd.',
          'The group leader sought consensus.',
        ),
        statement(
          'leaderOrganised',
          'Keskustelu oli hyvin järjestetty.',
          'Diskussionen var väl organiserad.',
          'The discussion was well organised.',
        ),
        statement(
          'leaderResponsive',
          'Ryhmän vetäjä otti tarpeemme huomioon.',
          'Gruppledaren var lyhörd för våra behov.',
          'The group leader was responsive to our needs.',
        ),
      ],
    },
    {
      name: 'group',
      title: t('Ryhmä ja tapaaminen', 'Gruppen och träffen', 'The group and the meeting'),
      elements: [
        {
          type: 'radiogroup',
          name: 'groupSize',
          title: t(
            'Millainen ryhmän koko oli mielestäsi?',
            'Vad tyckte du om gruppens storlek?',
            'What did you think of the size of the group?',
          ),
          choices: [
            choice('tooSmall', 'Liian pieni', 'För liten', 'Too small'),
            choice('right', 'Sopiva', 'Lagom', 'About right'),
            choice('tooLarge', 'Liian suuri', 'För stor', 'Too large'),
          ],
        },
        {
          type: 'radiogroup',
          name: 'format',
          title: t(
            'Miten tapaaminen, johon osallistuit, järjestettiin?',
            'Hur ordnades träffen som du deltog i?',
            'How was the meeting you attended held?',
          ),
          choices: [
            choice('faceToFace', 'Lähitapaamisena', 'Som fysisk träff', 'Face to face'),
            choice('online', 'Verkossa', 'På nätet', 'Online'),
            choice(
              'hybrid',
              'Hybridinä: osa paikan päällä, osa verkossa',
              'Hybrid: en del på plats, en del på nätet',
              'Hybrid: some in the room, some online',
            ),
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      title: t('Mitä sait ryhmästä', 'Vad gruppen gav dig', 'What you gained'),
      elements: [
        {
          type: 'matrix',
          name: 'outcomes',
          title: t(
            'Kuinka samaa mieltä olet seuraavista väittämistä?',
            'Hur väl instämmer du i följande påståenden?',
            'How far do you agree with the following statements?',
          ),
          columns: [
            choice(1, 'Täysin eri mieltä', 'Helt av annan åsikt', 'Strongly disagree'),
            choice(2, 'Jokseenkin eri mieltä', 'Delvis av annan åsikt', 'Disagree'),
            choice(3, 'En samaa enkä eri mieltä', 'Varken av samma eller annan åsikt', 'Neither agree nor disagree'),
            choice(4, 'Jokseenkin samaa mieltä', 'Delvis av samma åsikt', 'Agree'),
            choice(5, 'Täysin samaa mieltä', 'Helt av samma åsikt', 'Strongly agree'),
          ],
          rows: [
            choice(
              'tools',
              'Sain uusia työkaluja ja käytännön esimerkkejä.',
              'Jag fick nya verktyg och praktiska exempel.',
              'I got new tools and practical examples.',
            ),
            choice(
              'notAlone',
              'Huomasin, etten ole yksin ongelmieni kanssa.',
              'Jag märkte att jag inte är ensam med mina problem.',
              'I realised I am not alone with my problems.',
            ),
            choice(
              'stronger',
              'Tunnen itseni vahvemmaksi ja kyvykkäämmäksi.',
              'Jag känner mig starkare och mer kapabel.',
              'I feel stronger and more capable.',
            ),
            choice('helpedOthers', 'Pystyin auttamaan muita.', 'Jag kunde hjälpa andra.', 'I could help others.'),
            choice(
              'learnedFromOthers',
              'Opin muiden kokemuksista.',
              'Jag lärde mig av andras erfarenheter.',
              "I learned from others' experiences.",
            ),
          ],
        },
      ],
    },
    {
      name: 'overall',
      title: t('Kokonaisuutena', 'Som helhet', 'Overall'),
      elements: [
        {
          type: 'rating',
          name: 'satisfaction',
          title: t(
            'Kuinka tyytyväinen olet vertaisryhmään kokonaisuutena?',
            'Hur nöjd är du med kamratgruppen som helhet?',
            'Overall, how satisfied are you with the peer group?',
          ),
          minRateDescription: t('Erittäin tyytymätön', 'Mycket missnöjd', 'Very dissatisfied'),
          maxRateDescription: t('Erittäin tyytyväinen', 'Mycket nöjd', 'Very satisfied'),
        },
        {
          type: 'rating',
          name: 'recommend',
          title: t(
            'Kuinka todennäköisesti suosittelisit ryhmää muille?',
            'Hur sannolikt är det att du skulle rekommendera gruppen till andra?',
            'How likely are you to recommend the group to others?',
          ),
          minRateDescription: t('Erittäin epätodennäköisesti', 'Mycket osannolikt', 'Very unlikely'),
          maxRateDescription: t('Erittäin todennäköisesti', 'Mycket sannolikt', 'Very likely'),
        },
        {
          type: 'comment',
          name: 'mostUseful',
          title: t('Mikä oli sinulle hyödyllisintä?', 'Vad var mest värdefullt för dig?', 'What was most useful to you?'),
          description: t(
            'Älä mainitse nimiä tai muita tietoja, joista joku voitaisiin tunnistaa.',
            'Nämn inga namn eller andra uppgifter som kan identifiera någon.',
            'Please do not mention names or anything else that could identify someone.',
          ),
          maxLength: 2000,
        },
      ],
    },
  ],
};
