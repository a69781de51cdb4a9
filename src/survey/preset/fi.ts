/** peer-group-satisfaction in Finnish. */
export default {
  title: 'Palaute vertaisryhmästä',
  description: 'Vastaaminen vie noin viisi minuuttia. Vastaat nimettömänä, eikä yhteenkään kysymykseen ole pakko vastata.',
  showProgressBar: true,
  completedHtml: 'Kiitos vastauksistasi! Palautteesi auttaa kehittämään vertaisryhmiä.',
  pages: [
    {
      name: 'climate',
      title: 'Ryhmän ilmapiiri',
      elements: [
        {
          type: 'rating',
          name: 'climateOpen',
          title: 'Ilmapiiri oli avoin.',
          minRateDescription: 'Täysin eri mieltä',
          maxRateDescription: 'Täysin samaa mieltä',
        },
        {
          type: 'rating',
          name: 'climateHonest',
          title: 'Ryhmässä puhuttiin rehellisesti.',
          minRateDescription: 'Täysin eri mieltä',
          maxRateDescription: 'Täysin samaa mieltä',
        },
        {
          type: 'rating',
          name: 'climateEmpathy',
          title: 'Toisia kohtaan osoitettiin myötätuntoa.',
          minRateDescription: 'Täysin eri mieltä',
          maxRateDescription: 'Täysin samaa mieltä',
        },
        {
          type: 'rating',
          name: 'climateEqual',
          title: 'Kaikki pääsivät osallistumaan tasavertaisesti.',
          minRateDescription: 'Täysin eri mieltä',
          maxRateDescription: 'Täysin samaa mieltä',
        },
      ],
    },
    {
      name: 'leadership',
      title: 'Ryhmän ohjaus',
      elements: [
        {
          type: 'rating',
          name: 'leaderConsensus',
          title: 'Ryhmän vetäjä pyrki löytämään yhteisen näkemyksen.',
          minRateDescription: 'Täysin eri mieltä',
          maxRateDescription: 'Täysin samaa mieltä',
        },
        {
          type: 'rating',
          name: 'leaderOrganised',
          title: 'Keskustelu oli hyvin järjestetty.',
          minRateDescription: 'Täysin eri mieltä',
          maxRateDescription: 'Täysin samaa mieltä',
        },
        {
          type: 'rating',
          name: 'leaderResponsive',
          title: 'Ryhmän vetäjä otti tarpeemme huomioon.',
          minRateDescription: 'Täysin eri mieltä',
          maxRateDescription: 'Täysin samaa mieltä',
        },
      ],
    },
    {
      name: 'group',
      title: 'Ryhmä ja tapaaminen',
      elements: [
        {
          type: 'radiogroup',
          name: 'groupSize',
          title: 'Millainen ryhmän koko oli mielestäsi?',
          choices: [
            { value: 'tooSmall', text: 'Liian pieni' },
            { value: 'right', text: 'Sopiva' },
            { value: 'tooLarge', text: 'Liian suuri' },
          ],
        },
        {
          type: 'radiogroup',
          name: 'format',
          title: 'Miten tapaaminen, johon osallistuit, järjestettiin?',
          choices: [
            { value: 'faceToFace', text: 'Lähitapaamisena' },
            { value: 'online', text: 'Verkossa' },
            { value: 'hybrid', text: 'Hybridinä: osa paikan päällä, osa verkossa' },
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      title: 'Mitä sait ryhmästä',
      elements: [
        {
          type: 'matrix',
          name: 'outcomes',
          title: 'Kuinka samaa mieltä olet seuraavista väittämistä?',
          columns: [
            { value: 1, text: 'Täysin eri mieltä' },
            { value: 2, text: 'Jokseenkin eri mieltä' },
            { value: 3, text: 'En samaa enkä eri mieltä' },
            { value: 4, text: 'Jokseenkin samaa mieltä' },
            { value: 5, text: 'Täysin samaa mieltä' },
          ],
          rows: [
            { value: 'tools', text: 'Sain uusia työkaluja ja käytännön esimerkkejä.' },
            { value: 'notAlone', text: 'Huomasin, etten ole yksin ongelmieni kanssa.' },
            { value: 'stronger', text: 'Tunnen itseni vahvemmaksi ja kyvykkäämmäksi.' },
            { value: 'helpedOthers', text: 'Pystyin auttamaan muita.' },
            { value: 'learnedFromOthers', text: 'Opin muiden kokemuksista.' },
          ],
        },
      ],
    },
    {
      name: 'overall',
      title: 'Kokonaisuutena',
      elements: [
        {
          type: 'rating',
          name: 'satisfaction',
          title: 'Kuinka tyytyväinen olet vertaisryhmään kokonaisuutena?',
          minRateDescription: 'Erittäin tyytymätön',
          maxRateDescription: 'Erittäin tyytyväinen',
        },
        {
          type: 'rating',
          name: 'recommend',
          title: 'Kuinka todennäköisesti suosittelisit ryhmää muille?',
          minRateDescription: 'Erittäin epätodennäköisesti',
          maxRateDescription: 'Erittäin todennäköisesti',
        },
        {
          type: 'comment',
          name: 'mostUseful',
          title: 'Mikä oli sinulle hyödyllisintä?',
          description: 'Älä mainitse nimiä tai muita tietoja, joista joku voitaisiin tunnistaa.',
          maxLength: 2000,
        },
      ],
    },
  ],
};
