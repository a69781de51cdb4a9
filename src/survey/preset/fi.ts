import type { PresetTexts } from '../preset.js';

/** peer-group-satisfaction in Finnish. */
const texts: PresetTexts = {
  title: 'Palaute vertaisryhmästä',
  description:
    'Vastaaminen vie noin viisi minuuttia. Vastaat nimettömänä, eikä yhteenkään kysymykseen ole pakko vastata.',
  completedHtml: 'Kiitos vastauksistasi! Palautteesi auttaa kehittämään vertaisryhmiä.',
  pages: ['Ryhmän ilmapiiri', 'Ryhmän ohjaus', 'Ryhmä ja tapaaminen', 'Mitä sait ryhmästä', 'Kokonaisuutena'],
  agree: [
    'Täysin eri mieltä',
    'Jokseenkin eri mieltä',
    'En samaa enkä eri mieltä',
    'Jokseenkin samaa mieltä',
    'Täysin samaa mieltä',
  ],
  statements: [
    'Ilmapiiri oli avoin.',
    'Ryhmässä puhuttiin rehellisesti.',
    'Toisia kohtaan osoitettiin myötätuntoa.',
    'Kaikki pääsivät osallistumaan tasavertaisesti.',
    'Ryhmän vetäjä pyrki löytämään yhteisen näkemyksen.',
    'Keskustelu oli hyvin järjestetty.',
    'Ryhmän vetäjä otti tarpeemme huomioon.',
  ],
  groupSize: ['Millainen ryhmän koko oli mielestäsi?', 'Liian pieni', 'Sopiva', 'Liian suuri'],
  format: [
    'Miten tapaaminen, johon osallistuit, järjestettiin?',
    'Lähitapaamisena',
    'Verkossa',
    'Hybridinä: osa paikan päällä, osa verkossa',
  ],
  outcomes: [
    'Kuinka samaa mieltä olet seuraavista väittämistä?',
    'Sain uusia työkaluja ja käytännön esimerkkejä.',
    'Huomasin, etten ole yksin ongelmieni kanssa.',
    'Tunnen itseni vahvemmaksi ja kyvykkäämmäksi.',
    'Pystyin auttamaan muita.',
    'Opin muiden kokemuksista.',
  ],
  satisfaction: ['Kuinka tyytyväinen olet vertaisryhmään kokonaisuutena?', 'Erittäin tyytymätön', 'Erittäin tyytyväinen'],
  recommend: [
    'Kuinka todennäköisesti suosittelisit ryhmää muille?',
    'Erittäin epätodennäköisesti',
    'Erittäin todennäköisesti',
  ],
  mostUseful: [
    'Mikä oli sinulle hyödyllisintä?',
    'Älä mainitse nimiä tai muita tietoja, joista joku voitaisiin tunnistaa.',
  ],
};
export default texts;
