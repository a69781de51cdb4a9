import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Model } from 'survey-core';
import '../../src/survey/define.js';
import type { VtSurvey } from '../../src/survey/survey.js';
import { scenario } from '../support/endpoint.js';
import { elementIn, openFrame } from '../support/frame.js';
import { typeText } from '../support/keyboard.js';
import { $, $$, focused, mountSurvey, sendSurvey, tabTo, textOf } from '../support/survey-page.js';

const mount = mountSurvey;

/** matrixdropdown and matrixdynamic in the element: a table a person answers by keyboard, and what is sent. */


/** The name a screen reader gets from `aria-labelledby`: the texts of the elements it names, in order. */
const labelledBy = (survey: VtSurvey, element: Element) =>
  (element.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => survey.shadowRoot!.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
    .join(' ');

/** Two frames: a ResizeObserver's notes are delivered after the first one's animation callbacks. */
const frames = async () => {
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
};



const WEEK = {
  elements: [
    {
      type: 'matrixdropdown',
      name: 'week',
      title: 'Your week',
      choices: [1, 2, 3],
      rows: ['mon|Monday', 'fri|Friday'],
      columns: [
        { name: 'mood', title: 'Mood', isRequired: true, requiredErrorText: 'Choose a mood.' },
        { name: 'hours', title: 'Hours slept', cellType: 'text', inputType: 'number' },
        { name: 'outside', title: 'Outside', cellType: 'boolean' },
        { name: 'with', title: 'With', cellType: 'checkbox', choices: ['friends|Friends', 'family|Family'] },
        { name: 'energy', title: 'Energy', cellType: 'rating', rateMax: 3 },
      ],
    },
  ],
};

const MEDICINES = {
  elements: [
    {
      type: 'matrixdynamic',
      name: 'medicines',
      title: 'Medicines',
      rowCount: 1,
      minRowCount: 1,
      maxRowCount: 3,
      columns: [
        { name: 'name', title: 'Medicine', cellType: 'text' },
        { name: 'when', title: 'When', choices: ['morning|Morning', 'evening|Evening'] },
      ],
    },
  ],
};

describe('<vt-survey> matrixdropdown and matrixdynamic', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows a matrixdropdown as a table with column and row headers, each cell named by both, accessibly', async () => {
    const survey = await mount(WEEK, { width: 1000 });
    await frames();
    await expect(survey).to.be.accessible();
    const table = $(survey, 'table')!;
    expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Mood (required)',
      'Hours slept',
      'Outside',
      'With',
      'Energy',
    ]);
    expect([...table.querySelectorAll('th[scope="row"]')].map((th) => th.textContent!.trim())).to.deep.equal(['Monday', 'Friday']);
    expect(labelledBy(survey, table)).to.equal('Your week');
    // A labelled region, in the tab order only while the table is too wide for it (at 320 px, below).
    const region = $(survey, '[role="region"]')!;
    expect([region.hasAttribute('tabindex'), labelledBy(survey, region)]).to.deep.equal([region.scrollWidth > region.clientWidth, 'Your week']);
    const narrow = await mount(MEDICINES, { width: 1000 });
    await frames();
    expect($(narrow, '[role="region"]')!.hasAttribute('tabindex'), 'a table that fits is no tab stop').to.equal(false);
    expect(labelledBy(survey, $(survey, 'select#q0-r1-c0')!)).to.equal('Friday Mood (required)');
    expect(labelledBy(survey, $(survey, 'input#q0-r0-c1')!)).to.equal('Monday Hours slept');
    const outside = $(survey, '#q0-r0-c2')!.closest('[role="group"]')!;
    expect(labelledBy(survey, outside)).to.equal('Monday Outside');
    expect([...outside.querySelectorAll('label')].map((label) => label.textContent)).to.deep.equal(['Yes', 'No']);
    expect(labelledBy(survey, $(survey, '#q0-r1-c4')!.closest('[role="group"]')!)).to.equal('Friday Energy');
  });

  it('is answered by keyboard alone; a required cell left empty is named in the error summary, whose link reaches it', async () => {
    const server = await scenario([201]);
    const survey = await mount(WEEK, { endpoint: server.endpoint });
    document.getElementById('before')!.focus();
    await tabTo(survey, 'select#q0-r0-c0');
    // Typing a choice's first letter picks it in a closed select, in every engine.
    await sendKeys({ press: '2' });
    await tabTo(survey, '#q0-r0-c1');
    await typeText('7');
    await tabTo(survey, '#q0-r0-c2');
    await sendKeys({ press: ' ' });
    await tabTo(survey, '#q0-r0-c3-1');
    await sendKeys({ press: ' ' });
    await tabTo(survey, '#q0-r0-c4');
    await sendKeys({ press: 'ArrowRight' });
    await survey.updateComplete;
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    // Friday's mood is missing: the summary names it, the cell says the column's text, and is marked.
    expect(textOf(survey, '.vt-error-summary')).to.contain('Fill in every field marked required.');
    expect(textOf(survey, '#q0-r1-c0-error')).to.contain('Choose a mood.');
    expect($(survey, '#q0-r1-c0')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(survey, '#q0-r0-c0')!.hasAttribute('aria-invalid')).to.equal(false);
    await expect(survey).to.be.accessible();
    // The summary's link goes to the empty cell itself.
    $<HTMLAnchorElement>(survey, '.vt-error-summary a')!.click();
    await survey.updateComplete;
    expect(focused(survey)?.id).to.equal('q0-r1-c0');
    // Choosing the placeholder again clears the cell.
    const monday = $<HTMLSelectElement>(survey, '#q0-r0-c0')!;
    monday.value = '';
    monday.dispatchEvent(new Event('change'));
    await survey.updateComplete;
    expect($(survey, '#q0-r0-c0')!.getAttribute('aria-invalid')).to.equal('true');
    monday.value = '1';
    monday.dispatchEvent(new Event('change'));
    await survey.updateComplete;
    const friday = $<HTMLSelectElement>(survey, '#q0-r1-c0')!;
    friday.focus();
    await sendKeys({ press: '3' });
    await survey.updateComplete;
    expect($(survey, '.vt-error-summary')).to.equal(null);
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({
      week: { mon: { mood: 2, hours: 7, outside: true, with: ['family'], energy: 2 }, fri: { mood: 3 } },
    });
  });

  it('adds and removes rows by keyboard, moving focus and saying what happened, within minRowCount and maxRowCount', async () => {
    const survey = await mount(MEDICINES);
    const status = $(survey, '[part="question"] [role="status"]')!;
    expect($$(survey, 'tbody tr')).to.have.length(1);
    // At minRowCount there is nothing to remove.
    expect($$(survey, 'button[id^="q0-remove"]')).to.have.length(0);
    document.getElementById('before')!.focus();
    const add = await tabTo(survey, '#q0-add');
    expect(add.textContent!.trim()).to.equal('Add row');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect($$(survey, 'tbody tr')).to.have.length(2);
    expect(focused(survey)?.id).to.equal('q0-r1-c0');
    expect(labelledBy(survey, focused(survey)!)).to.equal('Row 2 Medicine');
    expect(status.textContent).to.equal('Row 2 added.');
    await typeText('Burana');
    await tabTo(survey, '#q0-add');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    // maxRowCount reached: no Add row; each row has its Remove button, named with its row.
    expect($(survey, '#q0-add')).to.equal(null);
    const removes = $$(survey, 'button[id^="q0-remove"]');
    expect(removes.map((button) => labelledBy(survey, button))).to.deep.equal(['Remove Row 1', 'Remove Row 2', 'Remove Row 3']);
    await expect(survey).to.be.accessible();
    removes[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(status.textContent).to.equal('Row 1 removed.');
    expect($$(survey, 'tbody tr')).to.have.length(2);
    // The next row's Remove button, now that row's place.
    expect(focused(survey)?.id).to.equal('q0-remove0');
    expect($<HTMLInputElement>(survey, '#q0-r0-c0')!.value).to.equal('Burana');
    expect($(survey, '#q0-add')).to.not.equal(null);
    $(survey, '#q0-remove1')!.focus();
    await sendKeys({ press: ' ' });
    await survey.updateComplete;
    // The last row gone and minRowCount reached: focus goes to Add row.
    expect(focused(survey)?.id).to.equal('q0-add');
    expect(status.textContent).to.equal('Row 2 removed.');
  });

  it('sends the rows as survey-core records them for the same steps, empty rows kept beside a filled one', async () => {
    const server = await scenario([201]);
    const survey = await mount({ elements: [{ ...MEDICINES.elements[0], rowCount: 2 }] }, { endpoint: server.endpoint });
    const reference = new Model({ elements: [{ ...MEDICINES.elements[0], rowCount: 2 }] });
    const matrix = reference.getQuestionByName('medicines') as unknown as {
      visibleRows: Array<{ cells: Array<{ question: { value: unknown } }> }>;
      addRow(): void;
      removeRow(at: number): void;
    };
    const cellOf = (row: number, column: number) => matrix.visibleRows[row]!.cells[column]!.question;

    $(survey, '#q0-add')!.click();
    await survey.updateComplete;
    matrix.addRow();
    const when = $<HTMLSelectElement>(survey, '#q0-r2-c1')!;
    when.focus();
    await sendKeys({ press: 'e' });
    await survey.updateComplete;
    cellOf(2, 1).value = 'evening';
    // A text typed and emptied again leaves no cell behind.
    $(survey, '#q0-r0-c0')!.focus();
    await typeText('x');
    await sendKeys({ press: 'Backspace' });
    await survey.updateComplete;
    cellOf(0, 0).value = 'x';
    cellOf(0, 0).value = '';
    $(survey, '#q0-remove1')!.click();
    await survey.updateComplete;
    matrix.removeRow(1);

    const answers = await sendSurvey(survey, server);
    reference.doComplete();
    expect(answers).to.deep.equal(reference.data);
    expect(reference.data).to.deep.equal({ medicines: [{}, { when: 'evening' }] });
  });

  it('sends nothing for a dynamic matrix whose rows are all empty, as survey-core', async () => {
    const server = await scenario([201]);
    const survey = await mount(MEDICINES, { endpoint: server.endpoint });
    $(survey, '#q0-r0-c0')!.focus();
    await typeText('a');
    await sendKeys({ press: 'Backspace' });
    await survey.updateComplete;
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({});
  });

  it('words the buttons in Finnish and Swedish, or as the definition words them', async () => {
    const fi = await mount(MEDICINES, { lang: 'fi' });
    expect(textOf(fi, '#q0-add')).to.equal('Lisää rivi');
    $(fi, '#q0-add')!.click();
    await fi.updateComplete;
    expect(labelledBy(fi, $(fi, '#q0-remove1')!)).to.equal('Poista Rivi 2');
    expect(textOf(fi, '[part="question"] [role="status"]')).to.equal('Rivi 2 lisätty.');
    const sv = await mount(MEDICINES, { lang: 'sv' });
    expect(textOf(sv, '#q0-add')).to.equal('Lägg till rad');
    const own = await mount({ elements: [{ ...MEDICINES.elements[0], addRowText: { en: 'Add a medicine' }, removeRowText: 'Drop' }] });
    expect(textOf(own, '#q0-add')).to.equal('Add a medicine');
  });

  it('shows no Add row or Remove buttons when allowAddRows or allowRemoveRows is false', async () => {
    const fixed = await mount({ elements: [{ ...MEDICINES.elements[0], rowCount: 2, minRowCount: 0, allowAddRows: false, allowRemoveRows: false }] });
    expect($$(fixed, 'tbody tr')).to.have.length(2);
    expect($$(fixed, 'button:not([part="submit"])')).to.have.length(0);
    const removeOnly = await mount({ elements: [{ ...MEDICINES.elements[0], rowCount: 2, minRowCount: 0, allowAddRows: false }] });
    expect($$(removeOnly, 'button[id^="q0-remove"]')).to.have.length(2);
    expect($(removeOnly, '#q0-add')).to.equal(null);
    $(removeOnly, '#q0-remove1')!.click();
    await removeOnly.updateComplete;
    expect(focused(removeOnly)?.id).to.equal('q0-remove0');
    // The last row removed, with Add row: focus goes to Add row, which now has the first cell's id.
    const emptied = await mount({ elements: [{ ...MEDICINES.elements[0], rowCount: 1, minRowCount: 0 }] });
    $(emptied, '#q0-remove0')!.click();
    await emptied.updateComplete;
    expect([focused(emptied)?.id, focused(emptied)?.textContent?.trim()]).to.deep.equal(['q0-r0-c0', 'Add row']);
  });

  it('gives a row added focus in its first shown control when its first cell is hidden', async () => {
    const survey = await mount({
      elements: [{ type: 'matrixdynamic', name: 'm', rowCount: 0, columns: [{ name: 'kind', visibleIf: '{row.what} notempty', choices: ['a'] }, { name: 'what', cellType: 'text' }] }],
    });
    $(survey, '#q0-r0-c0')!.click();
    await survey.updateComplete;
    expect(focused(survey)?.id).to.equal('q0-r0-c1');
  });

  it("says a number cell is outside its column's min or max, beside the cell, and sends it once it is within", async () => {
    const server = await scenario([201]);
    const survey = await mount(
      { elements: [{ type: 'matrixdynamic', name: 'm', rowCount: 1, columns: [{ name: 'year', title: 'Year', cellType: 'text', inputType: 'number', min: 1900, max: 2030 }] }] },
      { endpoint: server.endpoint },
    );
    const year = $<HTMLInputElement>(survey, '#q0-r0-c0')!;
    expect([year.min, year.max]).to.deep.equal(['1900', '2030']);
    year.focus();
    // WebKitGTK's WebDriver drops a repeated key (00) from typed text: numbers without one.
    await typeText('1850');
    await survey.updateComplete;
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('Check the values marked in the table.');
    expect(textOf(survey, '#q0-r0-c0-error')).to.contain('The value must be at least 1900.');
    expect(year.getAttribute('aria-describedby')).to.equal('q0-r0-c0-error');
    year.focus();
    // Backspaces, as a number box has no text selection in every engine.
    for (let key = 0; key < 4; key++) await sendKeys({ press: 'Backspace' });
    await typeText('1975');
    await survey.updateComplete;
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ m: [{ year: 1975 }] });
  });

  it('a required dynamic matrix without rows links its error to Add row', async () => {
    const survey = await mount({ elements: [{ ...MEDICINES.elements[0], rowCount: 0, minRowCount: 0, isRequired: true }] });
    expect($$(survey, 'table')).to.have.length(0);
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '.vt-error-summary')).to.contain('This field is required.');
    $<HTMLAnchorElement>(survey, '.vt-error-summary a')!.click();
    await survey.updateComplete;
    expect(focused(survey)?.textContent?.trim()).to.equal('Add row');
  });

  it('fits 320 px: the rows stack as labelled fields, nothing scrolls sideways, and each control keeps its name', async () => {
    // A screen 320 px wide: a page of its own in a frame that wide, as a phone's.
    const frame = await openFrame(new URL('./narrow-page.html', import.meta.url).pathname);
    frame.style.cssText = 'width: 320px; height: 640px; border: 0';
    const survey = await elementIn<VtSurvey>(frame, 'vt-survey');
    survey.definition = { elements: [...WEEK.elements, ...MEDICINES.elements.map((element) => ({ ...element, name: 'm2' }))] };
    await survey.updateComplete;
    await frames();
    const right = survey.getBoundingClientRect().right;
    const regions = $$(survey, '.matrix-scroll');
    expect(regions).to.have.length(2);
    for (const region of regions) {
      expect(region.scrollWidth, 'nothing scrolls inside a region').to.be.at.most(region.clientWidth);
      expect(region.hasAttribute('tabindex'), 'a region that does not scroll is no tab stop').to.equal(false);
    }
    expect(survey.scrollWidth).to.be.at.most(survey.clientWidth);
    const over = $$(survey, '*').filter((element) => element.getBoundingClientRect().width > 1 && element.getBoundingClientRect().right > right + 0.5);
    expect(over.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
    // Each cell shows its column's title above it; its control is still named by row and column.
    const cell = $(survey, '#q0-r0-c1')!.closest('td')!;
    expect(cell.dataset['label']).to.equal('Hours slept');
    expect(getComputedStyle(cell, '::before').content).to.not.equal('none');
    expect(labelledBy(survey, $(survey, '#q0-r0-c1')!)).to.equal('Monday Hours slept');
    frame.remove();
  });

  it("shows a column's cell in the rows its visibleIf holds for ({row.column}), and asks its required cell only there", async () => {
    const server = await scenario([201]);
    const survey = await mount(
      {
        elements: [
          {
            type: 'matrixdropdown',
            name: 'hobbies',
            rows: ['sport|Sport', 'music|Music'],
            columns: [
              { name: 'does', title: 'Do you?', cellType: 'radiogroup', choices: ['yes|Yes', 'no|No'] },
              { name: 'with', title: 'With whom?', isRequired: true, visibleIf: "{row.does} = 'yes'", choices: ['family|Family', 'friends|Friends'] },
            ],
          },
        ],
      },
      { endpoint: server.endpoint },
    );
    // No row does anything yet: the column is not shown at all.
    expect($$(survey, 'th[scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal(['Do you?']);
    $(survey, '#q0-r1-c0')!.click();
    await survey.updateComplete;
    expect($$(survey, 'th[scope="col"]').map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Do you?', 'With whom? (required)']);
    expect($(survey, '#q0-r0-c1')).to.equal(null);
    expect(labelledBy(survey, $(survey, 'select#q0-r1-c1')!)).to.equal('Music With whom? (required)');
    await expect(survey).to.be.accessible();
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect($(survey, '#q0-r1-c1')!.getAttribute('aria-invalid')).to.equal('true');
    const select = $<HTMLSelectElement>(survey, '#q0-r1-c1')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await survey.updateComplete;
    const sent = oneEvent(survey, 'vt-submitted');
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await sent;
    const [request] = await server.log();
    expect(request!.body.data['answers']).to.deep.equal({ hobbies: { music: { does: 'yes', with: 'friends' } } });
  });

  it('isAllRowRequired on a matrix: a row left unanswered is an error', async () => {
    const survey = await mount({ elements: [{ type: 'matrix', name: 'm', isAllRowRequired: true, rows: ['a', 'b'], columns: [1, 2] }] });
    $(survey, '#q0-r0-c0')!.click();
    await survey.updateComplete;
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '#q0-error')).to.contain('Answer every row.');
  });
  describe('what a matrix computes: expression cells and totals', () => {
    const BILL = {
      elements: [
        { type: 'text', name: 'vat', title: 'VAT %', inputType: 'number' },
        {
          type: 'matrixdynamic',
          name: 'bill',
          title: 'Bill',
          rowCount: 1,
          columns: [
            { name: 'item', title: 'Item', cellType: 'text', totalType: 'count' },
            { name: 'qty', title: 'Quantity', cellType: 'text', inputType: 'number', totalType: 'sum' },
            { name: 'price', title: 'Price', cellType: 'text', inputType: 'number', totalType: 'avg', totalDisplayStyle: 'currency', totalCurrency: 'EUR' },
            { name: 'cost', title: 'Cost', cellType: 'expression', expression: '{row.qty} * {row.price} * (1 + {vat} / 100)', totalType: 'sum', totalFormat: '{0} in all' },
            { name: 'line', title: 'Line', cellType: 'expression', expression: "'Line ' + {rowIndex}" },
          ],
        },
        { type: 'expression', name: 'grand', title: 'To pay', expression: '{bill-total.cost}' },
      ],
    };

    it('shows each computed cell and total in an <output> named by its row and column, kept up to date as a person types, accessibly', async () => {
      const survey = await mount(BILL, { width: 1000 });
      await frames();
      await expect(survey).to.be.accessible();
      // A computed cell is no control: Tab goes from the quantity to the price, past nothing else.
      const cost = $(survey, 'output#q1-r0-c3')!;
      expect(labelledBy(survey, cost)).to.equal('Row 1 Cost');
      expect(textOf(survey, '#q1-r0-c4')).to.equal('Line 1');
      await tabTo(survey, '#q1-r0-c1');
      await typeText('3');
      await sendKeys({ press: 'Tab' });
      expect(focused(survey)?.id).to.equal('q1-r0-c2');
      await typeText('2.5');
      await survey.updateComplete;
      expect(cost.textContent!.trim()).to.equal('7.5');
      // The totals' row is a footer, each total named by it and its column.
      const footer = $(survey, 'tfoot')!;
      expect(textOf(survey, 'tfoot th')).to.equal('Total');
      const total = footer.querySelector('output#q1-total3')!;
      expect(labelledBy(survey, total)).to.equal('Total Cost');
      expect(total.textContent!.trim()).to.equal('7.5 in all');
      expect(footer.querySelector('#q1-total2')!.textContent!.trim()).to.equal('€2.50');
      expect(textOf(survey, '#q2')).to.equal('7.5');
      // Another question's answer changes every row's cost; a row added computes at once.
      $(survey, '#q0')!.focus();
      await typeText('10');
      $(survey, '#q1-add')!.click();
      await survey.updateComplete;
      expect(textOf(survey, '#q1-r0-c3')).to.equal('8.25');
      expect(textOf(survey, '#q1-r1-c4')).to.equal('Line 2');
      expect(textOf(survey, '#q1-total1')).to.equal('3');
      await expect(survey).to.be.accessible();
    });

    it('sends the computed cells in each row and the totals as <name>-total, as survey-core does for the same steps', async () => {
      const server = await scenario([201]);
      const survey = await mount(BILL, { endpoint: server.endpoint });
      const reference = new Model(BILL);
      const matrix = reference.getQuestionByName('bill') as unknown as {
        visibleRows: Array<{ cells: Array<{ question: { value: unknown } }> }>;
        addRow(): void;
      };
      const cellOf = (row: number, column: number) => matrix.visibleRows[row]!.cells[column]!.question;
      $(survey, '#q1-r0-c0')!.focus();
      await typeText('Tea');
      cellOf(0, 0).value = 'Tea';
      $(survey, '#q1-r0-c1')!.focus();
      await typeText('2');
      cellOf(0, 1).value = 2;
      $(survey, '#q1-r0-c2')!.focus();
      await typeText('1.5');
      cellOf(0, 2).value = 1.5;
      $(survey, '#q1-add')!.click();
      await survey.updateComplete;
      matrix.addRow();
      $(survey, '#q1-r1-c1')!.focus();
      await typeText('4');
      cellOf(1, 1).value = 4;
      $(survey, '#q0')!.focus();
      await typeText('24');
      reference.setValue('vat', 24);
      const answers = await sendSurvey(survey, server);
      reference.doComplete();
      expect(answers).to.deep.equal(reference.data);
      expect(answers).to.deep.include({ 'bill-total': { item: 1, qty: 6, price: 1.5, cost: 3.72 }, grand: 3.72 });
    });

    it('enableIf and requiredIf of a column hold per row: a disabled cell is skipped and never required, a required one says so', async () => {
      const survey = await mount({
        elements: [
          {
            type: 'matrixdynamic',
            name: 'kids',
            title: 'Children',
            rowCount: 2,
            columns: [
              { name: 'name', title: 'Name', cellType: 'text' },
              { name: 'school', title: 'School', cellType: 'dropdown', choices: ['a|A', 'b|B'], enableIf: '{row.name} notempty', isRequired: true },
              { name: 'age', title: 'Age', cellType: 'text', inputType: 'number', requiredIf: "{row.school} = 'b'", requiredErrorText: 'How old?' },
            ],
          },
        ],
      });
      await expect(survey).to.be.accessible();
      expect($<HTMLSelectElement>(survey, '#q0-r0-c1')!.disabled).to.equal(true);
      // Tab goes from the first name to the first age, past the school it cannot change.
      await tabTo(survey, '#q0-r0-c0');
      await typeText('Ada');
      await survey.updateComplete;
      expect($<HTMLSelectElement>(survey, '#q0-r0-c1')!.disabled).to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(focused(survey)?.id).to.equal('q0-r0-c1');
      await sendKeys({ press: 'b' });
      await survey.updateComplete;
      expect($(survey, '#q0-r0-c2')!.getAttribute('aria-required')).to.equal('true');
      expect($(survey, '#q0-r1-c2')!.hasAttribute('aria-required')).to.equal(false);
      $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
      await survey.updateComplete;
      // Only the age in the first row is asked: the second row's school cannot be changed.
      expect($$(survey, '[aria-invalid="true"]').map((control) => control.id)).to.deep.equal(['q0-r0-c2']);
      expect(textOf(survey, '#q0-r0-c2-error')).to.equal('Error: How old?');
      $<HTMLAnchorElement>(survey, '.vt-error-summary a')!.click();
      await survey.updateComplete;
      expect(focused(survey)?.id).to.equal('q0-r0-c2');
      await expect(survey).to.be.accessible();
    });

    it('fits 320 px with totals: the totals stack under the rows as labelled values, nothing scrolls sideways', async () => {
      const frame = await openFrame(new URL('./narrow-page.html', import.meta.url).pathname);
      frame.style.cssText = 'width: 320px; height: 640px; border: 0';
      const survey = await elementIn<VtSurvey>(frame, 'vt-survey');
      survey.definition = BILL;
      await survey.updateComplete;
      await frames();
      const right = survey.getBoundingClientRect().right;
      expect(survey.scrollWidth).to.be.at.most(survey.clientWidth);
      const over = $$(survey, '*').filter((element) => element.getBoundingClientRect().width > 1 && element.getBoundingClientRect().right > right + 0.5);
      expect(over.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
      const total = $(survey, '#q1-total3')!;
      expect(total.closest('td')!.dataset['label']).to.equal('Cost');
      expect(getComputedStyle(total.closest('td')!, '::before').content).to.not.equal('none');
      expect(labelledBy(survey, total)).to.equal('Total Cost');
      frame.remove();
    });

    it('words the totals row in Finnish and Swedish, or with the definition\'s totalText', async () => {
      const fi = await mount(BILL, { lang: 'fi' });
      expect(textOf(fi, 'tfoot th')).to.equal('Yhteensä');
      const sv = await mount(BILL, { lang: 'sv' });
      expect(textOf(sv, 'tfoot th')).to.equal('Totalt');
      const own = await mount({
        elements: [{ type: 'matrixdropdown', name: 'm', totalText: { en: 'All days' }, rows: ['a'], columns: [{ name: 'n', cellType: 'text', inputType: 'number', totalType: 'sum' }] }],
      });
      expect(textOf(own, 'tfoot th')).to.equal('All days');
      expect(textOf(own, '#q0-total0')).to.equal('0');
    });
  });
  it('offers a column\'s "other" choice in a cell, with a text box named by row, column and choice; sends it as <column>-Comment, as survey-core', async () => {
    const server = await scenario([201]);
    const definition = {
      elements: [
        {
          type: 'matrixdropdown',
          name: 'days',
          title: 'Days',
          rows: ['sat|Saturday', 'sun|Sunday'],
          columns: [
            { name: 'did', title: 'Did', choices: ['rest|Rest', 'work|Work'], showOtherItem: true, otherText: 'Something else' },
            { name: 'with', title: 'With', cellType: 'checkbox', choices: ['family|Family'], hasOther: true, otherErrorText: 'Who?' },
          ],
        },
      ],
    };
    const survey = await mount(definition, { endpoint: server.endpoint });
    const reference = new Model(definition);
    const matrix = reference.getQuestionByName('days') as unknown as { visibleRows: Array<{ cells: Array<{ question: { value: unknown; comment: string } }> }> };
    const cellOf = (row: number, column: number) => matrix.visibleRows[row]!.cells[column]!.question;
    await tabTo(survey, '#q0-r0-c0');
    // "Something else" by its first letter: its box comes after the select.
    await sendKeys({ press: 's' });
    await survey.updateComplete;
    cellOf(0, 0).value = 'other';
    const box = $(survey, '#q0-r0-c0-other')!;
    expect(labelledBy(survey, box)).to.equal('Saturday Did Something else');
    await sendKeys({ press: 'Tab' });
    expect(focused(survey)).to.equal(box);
    await typeText('Sailing');
    cellOf(0, 0).comment = 'Sailing';
    // A checkbox cell's "other" ticked with nothing typed: its own error on sending.
    $(survey, '#q0-r1-c1-1')!.click();
    await survey.updateComplete;
    cellOf(1, 1).value = ['other'];
    await expect(survey).to.be.accessible();
    $<HTMLButtonElement>(survey, '[part="submit"]')!.click();
    await survey.updateComplete;
    expect(textOf(survey, '#q0-r1-c1-error')).to.equal('Error: Who?');
    expect($(survey, '#q0-r1-c1-other')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(survey).to.be.accessible();
    $(survey, '#q0-r1-c1-other')!.focus();
    await typeText('Neighbours');
    cellOf(1, 1).comment = 'Neighbours';
    const answers = await sendSurvey(survey, server);
    reference.doComplete();
    expect(answers).to.deep.equal(reference.data);
    expect(answers).to.deep.equal({ days: { sat: { did: 'other', 'did-Comment': 'Sailing' }, sun: { with: ['other'], 'with-Comment': 'Neighbours' } } });
  });
});
