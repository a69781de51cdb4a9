import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { markAnswered } from '../src/survey/answered.js';
import '../src/survey/define.js';
import type { VtSurvey } from '../src/survey/survey.js';
import { ACCEPTING } from './support/accepting-endpoint.js';

/** The attributes of `<vt-survey>`, as a CMS editor writes them. */
interface VtSurveyArgs {
  preset: string;
  src: string;
  layout: string;
  group: string;
  session: string;
  lang: string;
  'survey-id': string;
  'allow-multiple': boolean;
}

/** A small definition in the SurveyJS format, inline as a data URL so the story needs no server. */
const small = {
  title: { fi: 'Tapaamisen palaute', sv: 'Respons på träffen', en: 'Feedback on the meeting' },
  pages: [
    {
      elements: [
        { type: 'rating', name: 'useful', title: { fi: 'Oliko tapaaminen hyödyllinen?', sv: 'Var träffen till nytta?', en: 'Was the meeting useful?' }, isRequired: true, minRateDescription: '1', maxRateDescription: '5' },
        { type: 'boolean', name: 'again', title: { fi: 'Tuletko uudelleen?', sv: 'Kommer du igen?', en: 'Will you come again?' } },
        { type: 'comment', name: 'why', visibleIf: '{again} = false', title: { fi: 'Mikä esti?', sv: 'Vad hindrade?', en: 'What stopped you?' } },
      ],
    },
  ],
};
const smallSrc = `data:application/json,${encodeURIComponent(JSON.stringify(small))}`;

/** Every question type the format supports, once each, in English and Finnish. */
const everyType = {
  title: { en: 'Every question type', fi: 'Kaikki kysymystyypit' },
  elements: [
    { type: 'rating', name: 'rating', title: { en: 'Rating 1 to 5', fi: 'Arvio 1–5' }, minRateDescription: { en: 'Poor', fi: 'Huono' }, maxRateDescription: { en: 'Great', fi: 'Erinomainen' } },
    { type: 'rating', name: 'scale', title: { en: 'Rating with its own values', fi: 'Arvio omilla arvoilla' }, rateValues: [{ value: 0, text: '0' }, { value: 5, text: '5' }, { value: 10, text: '10' }] },
    {
      type: 'radiogroup',
      name: 'format',
      title: { en: 'Radio group', fi: 'Yksi vaihtoehto' },
      choices: [
        { value: 'online', text: { en: 'Online', fi: 'Verkossa' } },
        { value: 'hybrid', text: { en: 'Hybrid', fi: 'Hybridinä' } },
        { value: 'face', text: { en: 'Face to face', fi: 'Lähitapaamisena' } },
      ],
    },
    {
      type: 'checkbox',
      name: 'topics',
      title: { en: 'Checkboxes, at most two', fi: 'Valintaruudut, enintään kaksi' },
      maxSelectedChoices: 2,
      choices: [
        { value: 'pricing', text: { en: 'Pricing', fi: 'Hinnoittelu' } },
        { value: 'clients', text: { en: 'Clients', fi: 'Asiakkaat' } },
        { value: 'taxes', text: { en: 'Taxes', fi: 'Verotus' } },
        { value: 'wellbeing', text: { en: 'Wellbeing', fi: 'Jaksaminen' } },
      ],
    },
    { type: 'boolean', name: 'again', title: { en: 'Yes or no', fi: 'Kyllä vai ei' } },
    { type: 'text', name: 'email', inputType: 'email', title: { en: 'Text: an email address', fi: 'Teksti: sähköpostiosoite' } },
    { type: 'text', name: 'hours', inputType: 'number', title: { en: 'Text: a number', fi: 'Teksti: numero' } },
    { type: 'comment', name: 'notes', maxLength: 500, title: { en: 'Comment', fi: 'Kommentti' } },
    {
      type: 'matrix',
      name: 'outcomes',
      title: { en: 'Matrix', fi: 'Matriisi' },
      columns: [{ value: 1, text: { en: 'Disagree', fi: 'Eri mieltä' } }, { value: 2, text: { en: 'Neutral', fi: 'Ei kantaa' } }, { value: 3, text: { en: 'Agree', fi: 'Samaa mieltä' } }],
      rows: [{ value: 'tools', text: { en: 'I got new tools', fi: 'Sain uusia työkaluja' } }, { value: 'alone', text: { en: 'I am not alone', fi: 'En ole yksin' } }],
    },
  ],
};
const everyTypeSrc = `data:application/json,${encodeURIComponent(JSON.stringify(everyType))}`;

/** Waits for the survey's form, then sends it. */
async function submitSurvey(canvasElement: HTMLElement): Promise<void> {
  const survey = canvasElement.querySelector('vt-survey') as VtSurvey;
  for (let tries = 0; tries < 50 && !survey.shadowRoot?.querySelector('button[type="submit"]'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  survey.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}
/** A dropdown, typed inputs (date, range, a number with limits) and a page its answer shows. */
const dropdownAndInputs = {
  title: { en: 'Dropdowns, typed inputs and pages', fi: 'Pudotusvalikot, syötteet ja sivut' },
  pages: [
    {
      name: 'basics',
      elements: [
        {
          type: 'dropdown',
          name: 'format',
          title: { en: 'How did you attend?', fi: 'Miten osallistuit?' },
          placeholder: { en: 'Choose a format', fi: 'Valitse muoto' },
          isRequired: true,
          choices: [
            { value: 'faceToFace', text: { en: 'Face to face', fi: 'Lähitapaaminen' } },
            { value: 'online', text: { en: 'Online', fi: 'Verkossa' } },
            { value: 'hybrid', text: { en: 'Hybrid', fi: 'Hybridi' } },
          ],
        },
        { type: 'text', name: 'date', inputType: 'date', title: { en: 'Meeting date', fi: 'Tapaamisen päivä' } },
        { type: 'text', name: 'size', inputType: 'number', min: 2, max: 12, title: { en: 'Group size (2–12)', fi: 'Ryhmän koko (2–12)' } },
        { type: 'text', name: 'energy', inputType: 'range', min: 0, max: 10, title: { en: 'Energy after the meeting', fi: 'Jaksaminen tapaamisen jälkeen' } },
        { type: 'comment', name: 'notes', placeholder: { en: 'Anything else?', fi: 'Muuta?' }, title: { en: 'Notes', fi: 'Huomioita' } },
      ],
    },
    {
      name: 'online',
      visibleIf: "{format} = 'online'",
      elements: [{ type: 'text', name: 'tool', inputType: 'url', title: { en: 'Which online tool?', fi: 'Mikä verkkotyökalu?' } }],
    },
  ],
};
const dropdownAndInputsSrc = `data:application/json,${encodeURIComponent(JSON.stringify(dropdownAndInputs))}`;
/** The "other" choice on a radio group, checkboxes and a dropdown: a text box opens when it is chosen. */
const otherChoice = {
  title: { en: '"Other" choices', fi: '"Muu"-valinnat' },
  elements: [
    { type: 'radiogroup', name: 'format', title: { en: 'How did you attend?', fi: 'Miten osallistuit?' }, choices: ['faceToFace|Face to face', 'online|Online'], showOtherItem: true, otherPlaceholder: { en: 'How?', fi: 'Miten?' } },
    { type: 'checkbox', name: 'topics', title: { en: 'Topics we discussed', fi: 'Aiheet' }, choices: ['work|Work', 'family|Family'], hasOther: true, otherText: { en: 'Another topic', fi: 'Muu aihe' } },
    { type: 'dropdown', name: 'source', title: { en: 'Where did you hear of the group?', fi: 'Mistä kuulit ryhmästä?' }, choices: ['friend|A friend', 'web|The web'], showOtherItem: true },
    { type: 'radiogroup', name: 'order', title: { en: 'Choices in a random order', fi: 'Vaihtoehdot satunnaisessa järjestyksessä' }, choicesOrder: 'random', choices: ['a|A', 'b|B', 'c|C', 'd|D'] },
    {
      type: 'multipletext',
      name: 'meeting',
      title: { en: 'The meeting (several boxes)', fi: 'Tapaaminen (useita kenttiä)' },
      items: [
        { name: 'place', title: { en: 'Place', fi: 'Paikka' } },
        { name: 'people', title: { en: 'People present', fi: 'Läsnä' }, inputType: 'number' },
      ],
    },
  ],
};
const otherChoiceSrc = `data:application/json,${encodeURIComponent(JSON.stringify(otherChoice))}`;
/** Matrices: a matrixdropdown of several cell types, a matrixdynamic whose rows are added and removed, and isAllRowRequired. */
const matrices = {
  title: { en: 'Matrices', fi: 'Taulukot' },
  elements: [
    {
      type: 'matrixdropdown',
      name: 'week',
      title: { en: 'Your week', fi: 'Viikkosi' },
      choices: [1, 2, 3, 4, 5],
      rows: [
        { value: 'mon', text: { en: 'Monday', fi: 'Maanantai' } },
        { value: 'fri', text: { en: 'Friday', fi: 'Perjantai' } },
      ],
      columns: [
        { name: 'mood', title: { en: 'Mood (1–5)', fi: 'Mieliala (1–5)' }, isRequired: true },
        { name: 'hours', title: { en: 'Hours slept', fi: 'Unta tunteja' }, cellType: 'text', inputType: 'number' },
        { name: 'outside', title: { en: 'Outdoors', fi: 'Ulkona' }, cellType: 'boolean' },
        { name: 'energy', title: { en: 'Energy', fi: 'Jaksaminen' }, cellType: 'rating', rateMax: 3 },
      ],
    },
    {
      type: 'matrixdynamic',
      name: 'contacts',
      title: { en: 'People you can call', fi: 'Ihmiset, joille voit soittaa' },
      rowCount: 1,
      maxRowCount: 4,
      columns: [
        { name: 'who', title: { en: 'Who', fi: 'Kuka' }, cellType: 'text' },
        { name: 'how', title: { en: 'How often', fi: 'Kuinka usein' }, cellType: 'dropdown', choices: [{ value: 'weekly', text: { en: 'Weekly', fi: 'Viikoittain' } }, { value: 'monthly', text: { en: 'Monthly', fi: 'Kuukausittain' } }] },
      ],
    },
    {
      type: 'matrix',
      name: 'agree',
      title: { en: 'Every row needs an answer', fi: 'Jokaiseen riviin vastataan' },
      isAllRowRequired: true,
      rows: [{ value: 'heard', text: { en: 'I was heard', fi: 'Minua kuunneltiin' } }],
      columns: [{ value: 1, text: { en: 'No', fi: 'Ei' } }, { value: 2, text: { en: 'Yes', fi: 'Kyllä' } }],
    },
  ],
};
const matricesSrc = `data:application/json,${encodeURIComponent(JSON.stringify(matrices))}`;
/** What a matrix computes: expression cells, totals in a footer, a cell enabled per row, a column's "other" choice. */
const matrixTotals = {
  title: { en: 'Group trip costs', fi: 'Ryhmäretken kulut' },
  elements: [
    { type: 'text', name: 'vat', inputType: 'number', title: { en: 'VAT %', fi: 'ALV %' }, defaultValue: 24 },
    {
      type: 'matrixdynamic',
      name: 'costs',
      title: { en: 'Costs', fi: 'Kulut' },
      rowCount: 2,
      columns: [
        { name: 'what', title: { en: 'What', fi: 'Mitä' }, cellType: 'dropdown', choices: [{ value: 'travel', text: { en: 'Travel', fi: 'Matkat' } }, { value: 'food', text: { en: 'Food', fi: 'Ruoka' } }], showOtherItem: true, totalType: 'count' },
        { name: 'qty', title: { en: 'Quantity', fi: 'Määrä' }, cellType: 'text', inputType: 'number', totalType: 'sum' },
        { name: 'price', title: { en: 'Unit price', fi: 'Yksikköhinta' }, cellType: 'text', inputType: 'number', enableIf: '{row.qty} > 0', requiredIf: '{row.qty} > 0' },
        {
          name: 'cost',
          title: { en: 'With VAT', fi: 'Verollinen' },
          cellType: 'expression',
          expression: 'round({row.qty} * {row.price} * (1 + {vat} / 100), 2)',
          totalType: 'sum',
          totalDisplayStyle: 'currency',
          totalCurrency: 'EUR',
        },
      ],
    },
    { type: 'expression', name: 'perPerson', title: { en: 'Per person, for 8', fi: 'Hengeltä, 8 hengelle' }, expression: 'round({costs-total.cost} / 8, 2)', displayStyle: 'currency', currency: 'EUR' },
  ],
};
const matrixTotalsSrc = `data:application/json,${encodeURIComponent(JSON.stringify(matrixTotals))}`;
/** Thanks that depend on the answers: completedHtmlOnCondition. */
const onCondition = {
  completedHtml: { en: 'Thank you!', fi: 'Kiitos!' },
  completedHtmlOnCondition: [{ expression: '{nps} >= 9', html: { en: 'Thank you, glad you would recommend the group!', fi: 'Kiitos, hienoa että suosittelisit ryhmää!' } }],
  elements: [{ type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, title: { en: 'Would you recommend the group? (0–10)', fi: 'Suosittelisitko ryhmää? (0–10)' } }],
};
const onConditionSrc = `data:application/json,${encodeURIComponent(JSON.stringify(onCondition))}`;
/** Markup between questions and in completedHtml, sanitised (the script and the handler are dropped). */
const markup = {
  title: { en: 'Markup', fi: 'Merkintä' },
  completedHtml: { en: '<h3>Thank you!</h3><p>Read <a href="https://example.org/next">what happens next</a>.</p>', fi: '<h3>Kiitos!</h3><p>Lue <a href="https://example.org/next">mitä seuraavaksi</a>.</p>' },
  elements: [
    { type: 'html', name: 'intro', html: { en: '<p>Answer <b>honestly</b>: <a href="https://example.org/privacy">how we use the answers</a>.</p><script>alert(1)</script>', fi: '<p>Vastaa <b>rehellisesti</b>: <a href="https://example.org/privacy">miten vastauksia käytetään</a>.</p><script>alert(1)</script>' } },
    { type: 'radiogroup', name: 'role', title: { en: 'Your role', fi: 'Roolisi' }, choices: ['worker', 'supervisor'] },
    { type: 'html', name: 'note', visibleIf: "{role} = 'supervisor'", html: '<p onclick="alert(1)"><em>Supervisors:</em> one more thing on the next meeting.</p>' },
  ],
};
const markupSrc = `data:application/json,${encodeURIComponent(JSON.stringify(markup))}`;
/** Panels (one collapsed, one shown by an answer), defaults, a read-only and an enableIf question, a comment box, and `{name}` in titles. */
const panels = {
  title: { en: 'About your work', fi: 'Työstäsi' },
  clearInvisibleValues: 'onHidden',
  elements: [
    { type: 'text', name: 'firstName', title: { en: 'Your first name', fi: 'Etunimesi' } },
    { type: 'radiogroup', name: 'work', title: { en: 'What work do you do, {firstName}?', fi: 'Mitä työtä teet, {firstName}?' }, defaultValue: 'gig', choices: [{ value: 'gig', text: { en: 'Gig work', fi: 'Keikkatyö' } }, { value: 'company', text: { en: 'Own company', fi: 'Oma yritys' } }], hasComment: true, commentText: { en: 'Anything to add?', fi: 'Lisättävää?' } },
    { type: 'text', name: 'programme', title: { en: 'Programme', fi: 'Ohjelma' }, defaultValue: 'Vertaistuki 2027', readOnly: true },
    {
      type: 'panel',
      name: 'gigPanel',
      title: { en: 'Gig work', fi: 'Keikkatyö' },
      description: { en: 'Open to tell about your platforms.', fi: 'Avaa ja kerro alustoistasi.' },
      state: 'collapsed',
      visibleIf: "{work} = 'gig'",
      elements: [
        { type: 'checkbox', name: 'platforms', title: { en: 'Platforms', fi: 'Alustat' }, choices: ['Wolt', 'Foodora', 'Uber'] },
        { type: 'text', name: 'hours', inputType: 'number', title: { en: 'Hours a week on {platforms}', fi: 'Tunteja viikossa: {platforms}' }, enableIf: '{platforms} notempty' },
      ],
    },
    {
      type: 'panel',
      name: 'companyPanel',
      title: { en: 'Your company', fi: 'Yrityksesi' },
      visibleIf: "{work} = 'company'",
      elements: [{ type: 'text', name: 'employees', inputType: 'number', title: { en: 'Employees', fi: 'Työntekijöitä' } }],
    },
  ],
};
const panelsSrc = `data:application/json,${encodeURIComponent(JSON.stringify(panels))}`;

const computing = {
  title: { en: 'Sleep diary', fi: 'Unipäiväkirja', sv: 'Sömndagbok' },
  calculatedValues: [
    { name: 'score', expression: "iif({total} >= 8, 'rested', 'tired')", includeIntoResult: true },
    { name: 'minutes', expression: '{total} * 60' },
  ],
  elements: [
    { type: 'text', name: 'night', inputType: 'number', title: { en: 'Hours slept at night', fi: 'Yöunen tunnit', sv: 'Timmar sömn på natten' } },
    { type: 'text', name: 'nap', inputType: 'number', title: { en: 'Hours napped', fi: 'Päiväunien tunnit', sv: 'Timmar tupplur' } },
    { type: 'expression', name: 'total', expression: '{night} + {nap}', title: { en: 'Total hours', fi: 'Tunnit yhteensä', sv: 'Timmar totalt' } },
    {
      type: 'expression',
      name: 'inMinutes',
      expression: '{minutes}',
      displayStyle: 'decimal',
      format: { en: '{0} minutes', fi: '{0} minuuttia', sv: '{0} minuter' },
      title: { en: 'In minutes', fi: 'Minuutteina', sv: 'I minuter' },
    },
    {
      type: 'comment',
      name: 'tips',
      visibleIf: "{score} = 'tired'",
      title: { en: 'What would help you rest?', fi: 'Mikä auttaisi lepäämään?', sv: 'Vad skulle hjälpa dig vila?' },
    },
  ],
};
const computingSrc = `data:application/json,${encodeURIComponent(JSON.stringify(computing))}`;
/** Validators with survey-core's messages (or the editor's), a requiredIf, and a date with min and max. */
const validation = {
  title: { en: 'Checked answers', fi: 'Tarkistetut vastaukset' },
  elements: [
    { type: 'text', name: 'hours', title: { en: 'Hours a week in the group (1–40)', fi: 'Tunteja viikossa ryhmässä (1–40)' }, validators: [{ type: 'numeric', minValue: 1, maxValue: 40 }] },
    { type: 'text', name: 'email', title: { en: 'Email', fi: 'Sähköposti' }, validators: [{ type: 'email' }] },
    {
      type: 'checkbox',
      name: 'topics',
      title: { en: 'Topics (two or more)', fi: 'Aiheet (kaksi tai useampi)' },
      choices: ['work|Work', 'family|Family', 'sleep|Sleep'],
      validators: [{ type: 'answercount', minCount: 2, text: { en: 'Pick two or more.', fi: 'Valitse ainakin kaksi.' } }],
    },
    { type: 'text', name: 'day', inputType: 'date', min: '2026-01-01', max: '2026-12-31', title: { en: 'Meeting day in 2026', fi: 'Tapaamispäivä vuonna 2026' } },
    { type: 'comment', name: 'why', requiredIf: "{topics} contains 'sleep'", title: { en: 'What about sleep?', fi: 'Entä uni?' } },
  ],
};
const validationSrc = `data:application/json,${encodeURIComponent(JSON.stringify(validation))}`;

/** Answers as a person would give them, each failing its check, then Submit. */
async function answerBadly(canvasElement: HTMLElement): Promise<void> {
  const survey = canvasElement.querySelector('vt-survey') as VtSurvey;
  for (let tries = 0; tries < 50 && !survey.shadowRoot?.querySelector('#q0'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const root = survey.shadowRoot!;
  for (const [id, value] of [['q0', '60'], ['q1', 'me@'], ['q3', '2027-02-01']]) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  root.querySelector<HTMLInputElement>('#q2-2')!.click();
  await survey.updateComplete;
  await submitSurvey(canvasElement);
}

/** A ranking moved with buttons, one with select-to-rank, and one of the choices ticked in another question. */
const ranking = {
  title: { en: 'What matters most', fi: 'Mikä on tärkeintä' },
  elements: [
    {
      type: 'ranking',
      name: 'priorities',
      isRequired: true,
      title: { en: 'Put these in order, the most important first', fi: 'Järjestä nämä, tärkein ensin' },
      choices: [
        { value: 'openness', text: { en: 'Openness', fi: 'Avoimuus' } },
        { value: 'schedule', text: { en: 'A regular schedule', fi: 'Säännöllinen aikataulu' } },
        { value: 'size', text: { en: 'Group size', fi: 'Ryhmän koko' } },
      ],
    },
    {
      type: 'ranking',
      name: 'topThemes',
      selectToRankEnabled: true,
      maxSelectedChoices: 2,
      title: { en: 'Pick and rank at most two themes', fi: 'Valitse ja järjestä enintään kaksi teemaa' },
      choices: [
        { value: 'workload', text: { en: 'Workload', fi: 'Työmäärä' } },
        { value: 'income', text: { en: 'Income', fi: 'Toimeentulo' } },
        { value: 'wellbeing', text: { en: 'Wellbeing', fi: 'Hyvinvointi' } },
      ],
    },
    { type: 'checkbox', name: 'formats', title: { en: 'Formats you have tried', fi: 'Kokeilemasi muodot' }, choices: [{ value: 'face', text: { en: 'Face to face', fi: 'Lähitapaaminen' } }, { value: 'online', text: { en: 'Online', fi: 'Verkossa' } }, { value: 'hybrid', text: { en: 'Hybrid', fi: 'Hybridi' } }] },
    { type: 'ranking', name: 'bestFormat', visibleIf: '{formats.length} > 1', title: { en: 'Which did you like best?', fi: 'Mistä pidit eniten?' }, choicesFromQuestion: 'formats', choicesFromQuestionMode: 'selected' },
  ],
};
const rankingSrc = `data:application/json,${encodeURIComponent(JSON.stringify(ranking))}`;
const picture = (file: string) => new URL(`./support/${file}`, import.meta.url).href;
/** Special choices and colCount, a tagbox (as checkboxes), an image and an imagepicker whose pictures are named by their choices' texts. */
const pictures = {
  title: { en: 'Meeting formats', fi: 'Tapaamismuodot' },
  elements: [
    {
      type: 'checkbox',
      name: 'support',
      colCount: 2,
      showSelectAllItem: true,
      showNoneItem: true,
      showRefuseItem: true,
      title: { en: 'Support you have had', fi: 'Saamasi tuki' },
      choices: [{ value: 'peer', text: { en: 'From peers', fi: 'Vertaisilta' } }, { value: 'mentor', text: { en: 'From a mentor', fi: 'Mentorilta' } }, { value: 'hr', text: { en: 'From HR', fi: 'Henkilöstöhallinnolta' } }, { value: 'health', text: { en: 'Occupational health', fi: 'Työterveyshuollolta' } }],
    },
    { type: 'tagbox', name: 'themes', title: { en: 'Themes for the next meetings', fi: 'Seuraavien tapaamisten teemat' }, maxSelectedChoices: 3, choices: [{ value: 'workload', text: { en: 'Workload', fi: 'Työmäärä' } }, { value: 'income', text: { en: 'Income', fi: 'Toimeentulo' } }, { value: 'wellbeing', text: { en: 'Wellbeing', fi: 'Hyvinvointi' } }, { value: 'customers', text: { en: 'Customers', fi: 'Asiakkaat' } }] },
    { type: 'image', name: 'room', imageLink: picture('meeting-room.svg'), altText: { en: 'Three people at a table', fi: 'Kolme ihmistä pöydän ääressä' } },
    {
      type: 'imagepicker',
      name: 'format',
      isRequired: true,
      title: { en: 'How would you like to meet?', fi: 'Miten haluaisit tavata?' },
      choices: [
        { value: 'face', text: { en: 'Face to face', fi: 'Lähitapaaminen' }, imageLink: picture('meeting-room.svg') },
        { value: 'online', text: { en: 'Online', fi: 'Verkossa' }, imageLink: picture('video-call.svg') },
        { value: 'walk', text: { en: 'Walking together', fi: 'Kävellen' }, imageLink: picture('walk.svg') },
      ],
    },
  ],
};
const picturesSrc = `data:application/json,${encodeURIComponent(JSON.stringify(pictures))}`;
/** Survey-level settings: a start page, the editor's button texts, question numbers, one question a page. */
const settings = {
  title: { en: 'Settings from the definition', fi: 'Määrittelyn asetukset' },
  firstPageIsStarted: true,
  startSurveyText: { en: 'Begin', fi: 'Aloitetaan' },
  pageNextText: { en: 'Onwards', fi: 'Eteenpäin' },
  pagePrevText: { en: 'Back', fi: 'Takaisin' },
  completeText: { en: 'Send feedback', fi: 'Lähetä palaute' },
  showQuestionNumbers: 'on',
  questionStartIndex: 'A)',
  questionsOnPageMode: 'questionPerPage',
  pages: [
    { title: { en: 'Welcome', fi: 'Tervetuloa' }, description: { en: 'Three questions, one at a time.', fi: 'Kolme kysymystä, yksi kerrallaan.' }, elements: [] },
    {
      elements: [
        { type: 'rating', name: 'useful', title: { en: 'Was the meeting useful?', fi: 'Oliko tapaaminen hyödyllinen?' } },
        { type: 'boolean', name: 'again', title: { en: 'Will you come again?', fi: 'Tuletko uudelleen?' } },
        { type: 'comment', name: 'why', title: { en: 'Anything else?', fi: 'Muuta?' } },
      ],
    },
  ],
};
const settingsSrc = `data:application/json,${encodeURIComponent(JSON.stringify(settings))}`;
/** No completed page of the editor's (`showCompletedPage: false`), and `navigateToUrl` as a link. */
const withoutCompletedPage = {
  showCompletedPage: false,
  navigateToUrl: 'https://example.org/next',
  completedHtml: 'Not shown',
  elements: [{ type: 'comment', name: 'note', title: { en: 'A note for the facilitator', fi: 'Terveiset ohjaajalle' } }],
};
const withoutCompletedPageSrc = `data:application/json,${encodeURIComponent(JSON.stringify(withoutCompletedPage))}`;
const dynamicPanels = {
  title: { en: 'Your family', fi: 'Perheesi' },
  elements: [
    {
      type: 'paneldynamic',
      name: 'children',
      title: { en: 'Your children', fi: 'Lapsesi' },
      description: { en: 'Add a part for each child.', fi: 'Lisää osio kullekin lapselle.' },
      templateTitle: { en: 'Child {panelIndex}', fi: 'Lapsi {panelIndex}' },
      panelCount: 1,
      maxPanelCount: 4,
      panelAddText: { en: 'Add a child', fi: 'Lisää lapsi' },
      templateElements: [
        { type: 'text', name: 'age', inputType: 'number', isRequired: true, title: { en: 'Age', fi: 'Ikä' } },
        {
          type: 'radiogroup',
          name: 'care',
          title: { en: 'In day care?', fi: 'Päivähoidossa?' },
          visibleIf: '{panel.age} < 7',
          choices: [{ value: 'yes', text: { en: 'Yes', fi: 'Kyllä' } }, { value: 'no', text: { en: 'No', fi: 'Ei' } }],
        },
        { type: 'checkbox', name: 'needs', title: { en: 'What would help?', fi: 'Mikä auttaisi?' }, choices: ['sleep', 'food', 'play'], showOtherItem: true },
        {
          type: 'panel',
          name: 'school',
          title: { en: 'School of child {panelIndex}', fi: 'Lapsen {panelIndex} koulu' },
          state: 'collapsed',
          visibleIf: '{panel.age} >= 7',
          elements: [
            { type: 'text', name: 'schoolName', title: { en: 'School', fi: 'Koulu' } },
            { type: 'boolean', name: 'afternoon', title: { en: 'Afternoon club?', fi: 'Iltapäiväkerho?' } },
          ],
        },
      ],
    },
    { type: 'comment', name: 'more', title: { en: 'Anything else about the children?', fi: 'Muuta lapsista?' }, visibleIf: '{children.length} > 1' },
  ],
};
const dynamicPanelsSrc = `data:application/json,${encodeURIComponent(JSON.stringify(dynamicPanels))}`;
const timeLimits = {
  title: { en: 'Quick check-in', fi: 'Pikakysely' },
  showTimer: true,
  maxTimeToFinish: 600,
  pages: [
    {
      // Shorter than the warning time: the warning and "Add more time" show at once.
      maxTimeToFinish: 20,
      elements: [{ type: 'rating', name: 'energy', title: { en: 'How much energy do you have today?', fi: 'Paljonko sinulla on tänään energiaa?' } }],
    },
    { elements: [{ type: 'comment', name: 'note', title: { en: 'Anything on your mind?', fi: 'Mitä mielessäsi?' } }] },
  ],
};
const timeLimitsSrc = `data:application/json,${encodeURIComponent(JSON.stringify(timeLimits))}`;
/** A check-in whose answers move it on: triggers with calculated values. */
const triggers = {
  title: { en: 'Check-in', fi: 'Kuulumiset', sv: 'Incheckning' },
  calculatedValues: [{ name: 'total', expression: '{sleep} + {mood}', includeIntoResult: true }],
  triggers: [
    { type: 'setvalue', expression: '{total} <= 4', setToName: 'support', setValue: 'yes' },
    { type: 'runexpression', expression: '{total} notempty', runExpression: "iif({total} <= 4, 'low', 'fine')", setToName: 'level' },
    { type: 'skip', expression: '{skipAhead} = true', gotoName: 'wish' },
    { type: 'complete', expression: "{stop} = 'yes'" },
  ],
  pages: [
    {
      elements: [
        { type: 'rating', name: 'sleep', title: { en: 'How did you sleep?', fi: 'Miten nukuit?', sv: 'Hur sov du?' } },
        { type: 'rating', name: 'mood', title: { en: 'How is your mood?', fi: 'Millainen mieliala?', sv: 'Hur är ditt humör?' } },
        { type: 'radiogroup', name: 'support', title: { en: 'Would you like support?', fi: 'Haluaisitko tukea?', sv: 'Vill du ha stöd?' }, choices: [{ value: 'yes', text: { en: 'Yes', fi: 'Kyllä', sv: 'Ja' } }, { value: 'no', text: { en: 'No', fi: 'Ei', sv: 'Nej' } }] },
        { type: 'text', name: 'level', title: { en: 'Level (set from the total)', fi: 'Taso (summasta)', sv: 'Nivå (från summan)' } },
      ],
    },
    {
      elements: [
        { type: 'boolean', name: 'skipAhead', title: { en: 'Skip the questions about your week?', fi: 'Ohitetaanko viikon kysymykset?', sv: 'Hoppa över frågorna om veckan?' } },
        { type: 'comment', name: 'week', title: { en: 'How was your week?', fi: 'Millainen viikko oli?', sv: 'Hur var veckan?' } },
      ],
    },
    {
      elements: [
        { type: 'comment', name: 'wish', title: { en: 'What do you wish for?', fi: 'Mitä toivot?', sv: 'Vad önskar du dig?' } },
        { type: 'radiogroup', name: 'stop', title: { en: 'Stop here?', fi: 'Lopetetaanko tähän?', sv: 'Sluta här?' }, choices: [{ value: 'yes', text: { en: 'Yes', fi: 'Kyllä', sv: 'Ja' } }, { value: 'no', text: { en: 'No', fi: 'Ei', sv: 'Nej' } }] },
      ],
    },
    { elements: [{ type: 'comment', name: 'more', title: { en: 'Anything else?', fi: 'Muuta?', sv: 'Något annat?' } }] },
  ],
};
const triggersSrc = `data:application/json,${encodeURIComponent(JSON.stringify(triggers))}`;
const invalidSrc = `data:application/json,${encodeURIComponent(
  JSON.stringify({ elements: [{ type: 'slider', name: 'q1' }, { type: 'text', name: 'q2', validators: [{ type: 'phone' }] }] }),
)}`;

const meta = {
  title: 'Elements/vt-survey',
  component: 'vt-survey',
  args: {
    preset: 'peer-group-satisfaction',
    src: '',
    layout: '',
    group: 'pori-kevat-2027',
    session: '3',
    lang: '',
    'survey-id': '',
    'allow-multiple': false,
  },
  argTypes: {
    layout: { control: 'select', options: ['', 'single-page'] },
    lang: { control: { type: 'select', labels: { '': '(from the toolbar)' } }, options: ['', 'fi', 'sv', 'en'] },
  },
  render: (args) => html`
    <vt-survey
      endpoint=${ACCEPTING}
      preset=${ifDefined(args.preset || undefined)}
      src=${ifDefined(args.src || undefined)}
      layout=${ifDefined(args.layout || undefined)}
      group=${ifDefined(args.group || undefined)}
      session=${ifDefined(args.session || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      survey-id=${ifDefined(args['survey-id'] || undefined)}
      ?allow-multiple=${args['allow-multiple']}
    ></vt-survey>
  `,
} satisfies Meta<VtSurveyArgs>;

export default meta;
type Story = StoryObj<VtSurveyArgs>;

/** The built-in satisfaction questionnaire, one page at a time. */
export const Preset: Story = {};

/** The same questionnaire on one page. */
export const SinglePage: Story = { args: { layout: 'single-page' } };

/** A definition from `src`, with a question shown by `visibleIf`. */
export const FromSource: Story = { args: { preset: '', src: smallSrc } };

/** Next without answering a required question: the error summary and the message beside it. */
export const ErrorsShown: Story = {
  args: { preset: '', src: smallSrc },
  play: async ({ canvasElement }) => submitSurvey(canvasElement),
};

/** Each question type once: rating, radio group, checkboxes, yes/no, text (email, number), comment, matrix. */
export const EveryQuestionType: Story = { args: { preset: '', src: everyTypeSrc, 'survey-id': 'storybook-every-type' } };

/**
 * After sending (every question here is optional): the thanks, with the status. `allow-multiple` keeps
 * the form coming back when the story is opened again.
 */
export const Completed: Story = {
  args: { preset: '', src: everyTypeSrc, 'survey-id': 'storybook-completed', 'allow-multiple': true },
  play: async ({ canvasElement }) => submitSurvey(canvasElement),
};

/** A dropdown (native select), date, range and a number with min/max, and a page shown only for "Online". */
export const DropdownsAndInputs: Story = { args: { preset: '', src: dropdownAndInputsSrc, 'survey-id': 'storybook-dropdowns', 'allow-multiple': true } };

/** "Other" on a radio group, checkboxes and a dropdown (what is typed is sent as `<name>-Comment`), choicesOrder random, and a multipletext. */
export const OtherChoice: Story = { args: { preset: '', src: otherChoiceSrc, 'survey-id': 'storybook-other', 'allow-multiple': true } };

/** matrixdropdown and matrixdynamic tables (a chunk fetched only for them): each cell named by its row and column, rows added and removed. */
export const Matrices: Story = { args: { preset: '', src: matricesSrc, 'survey-id': 'storybook-matrices', 'allow-multiple': true } };

/** What a matrix computes: an expression column (an `<output>` per row), totals in a footer, a price enabled and required per row, "other" in a cell. */
export const MatrixTotals: Story = { args: { preset: '', src: matrixTotalsSrc, 'survey-id': 'storybook-matrix-totals', 'allow-multiple': true } };

/** Answer 9 or 10 and send: the thanks of completedHtmlOnCondition; otherwise completedHtml's. */
export const ThanksOnCondition: Story = { args: { preset: '', src: onConditionSrc, 'survey-id': 'storybook-on-condition', 'allow-multiple': true } };
/** `html` questions and `completedHtml` with markup, sanitised in a chunk fetched only for such a definition. */
export const Markup: Story = { args: { preset: '', src: markupSrc, 'survey-id': 'storybook-markup', 'allow-multiple': true } };
/**
 * Type the hours: the total (an `expression` question) and a calculated value follow, and the question
 * for a tired score hides at 8 hours; the score is sent with the answers (`includeIntoResult`).
 */
export const ComputedValues: Story = { args: { preset: '', src: computingSrc, 'survey-id': 'storybook-computed', 'allow-multiple': true } };

/** Panels, defaults, read-only and enableIf questions, a comment box, and answers in titles (`{firstName}`). */
export const Panels: Story = { args: { preset: '', src: panelsSrc, 'survey-id': 'storybook-panels', 'allow-multiple': true } };

/** Answers that fail their validators, a requiredIf and a date's limits, submitted: every message in the summary and beside its field. */
export const ValidationErrors: Story = {
  args: { preset: '', src: validationSrc, 'survey-id': 'storybook-validation', 'allow-multiple': true },
  play: async ({ canvasElement }) => answerBadly(canvasElement),
};

/** Rankings: move up and down buttons, each move told in a live region; select-to-rank; choices from another question. */
export const Ranking: Story = { args: { preset: '', src: rankingSrc, 'survey-id': 'storybook-ranking', 'allow-multiple': true } };
/** Select-all, none and refuse in two columns; a tagbox as checkboxes; an image with its altText; an imagepicker of pictures on native radios. */
export const TagboxAndPictures: Story = { args: { preset: '', src: picturesSrc, 'survey-id': 'storybook-pictures', 'allow-multiple': true } };

/** A start page with its own button, the editor's button texts, numbers A), B), … in the titles, one question a page. */
export const StartPageAndNumbers: Story = { args: { preset: '', src: settingsSrc, 'survey-id': 'storybook-settings', 'allow-multiple': true } };

/** After sending with `showCompletedPage: false`: only that the answers went, and the `navigateToUrl` link. */
export const WithoutCompletedPage: Story = {
  args: { preset: '', src: withoutCompletedPageSrc, 'survey-id': 'storybook-without-completed', 'allow-multiple': true },
  play: async ({ canvasElement }) => submitSurvey(canvasElement),
};
/** `paneldynamic`: a part per child, added and removed with buttons; a question and a collapsed panel shown by the panel's own answer (`{panel.age}`). */
export const DynamicPanels: Story = { args: { preset: '', src: dynamicPanelsSrc, 'survey-id': 'storybook-dynamic-panels', 'allow-multiple': true } };

/**
 * `maxTimeToFinish` for the survey and a 20-second page: the time left as text, the warning (said in a
 * live region) and "Add more time", which adds the whole limit again as often as needed (WCAG 2.2.1).
 * When the page's time is up, the survey moves on as Next does.
 */
export const TimeLimits: Story = { args: { preset: '', src: timeLimitsSrc, 'survey-id': 'storybook-time-limits', 'allow-multiple': true } };

/**
 * Triggers and calculated values: a low total sets "support" and a level; "skip" goes to the wishes' page
 * (announced, the focus on its question); "Stop here? Yes" turns Next into Send.
 */
export const TriggersAndCalculatedValues: Story = { args: { preset: '', src: triggersSrc, 'survey-id': 'storybook-triggers', 'allow-multiple': true } };

/** A definition the survey cannot run: every problem named for the editor, and no half survey. */
export const InvalidDefinition: Story = { args: { preset: '', src: invalidSrc } };

/** The definition could not be loaded: a message and a retry button. */
export const LoadError: Story = { args: { preset: '', src: '/no-such-survey.json' } };

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };

/**
 * This browser has sent answers to the survey before: it is told so instead of getting the form.
 * Switch on `allow-multiple` to answer again.
 */
export const AlreadyAnswered: Story = {
  args: { 'survey-id': 'storybook-answered' },
  loaders: [async () => markAnswered('storybook-answered')],
};
