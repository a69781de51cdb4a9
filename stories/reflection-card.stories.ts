import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/reflection-card/define.js';
import type { VtReflectionCard } from '../src/reflection-card/reflection-card.js';
import { ACCEPTING, DOWN } from './support/accepting-endpoint.js';

/** The attributes of `<vt-reflection-card>`, as a page author writes them. */
interface VtReflectionCardArgs {
  'card-id': string;
  endpoint: string;
  exercise: string;
  lang: string;
  layout: 'single' | 'list';
  presenter: boolean;
  shareable: boolean;
  texts: string;
}

/** Answers already on the device, so a story opens where a participant left off. */
const SAVED_ANSWERS = [
  'Kun aloitin keikkatyön, toinen muusikko kertoi miten hän hoitaa laskutuksen ja verot.',
  'Tunsin, etten ole yksin. Muistan kahvihetken keikan jälkeen.',
];

function seed(cardId: string): void {
  localStorage.setItem(`vt-reflection:${cardId}`, JSON.stringify({ answers: SAVED_ANSWERS, savedAt: Date.now() }));
}

async function openDialog(canvas: HTMLElement, action: 'share' | 'delete'): Promise<void> {
  const card = canvas.querySelector<VtReflectionCard>('vt-reflection-card')!;
  await card.updateComplete;
  card.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
}

const meta = {
  title: 'Elements/vt-reflection-card',
  component: 'vt-reflection-card',
  args: {
    'card-id': 'storybook',
    endpoint: '',
    exercise: 'peer-support',
    lang: '',
    layout: 'single',
    presenter: false,
    shareable: false,
    texts: '',
  },
  argTypes: {
    lang: {
      control: { type: 'select', labels: { '': '(from the toolbar)' } },
      options: ['', 'fi', 'sv', 'en'],
    },
    layout: { control: 'inline-radio', options: ['single', 'list'] },
    texts: { control: 'text' },
  },
  render: (args) => html`
    <vt-reflection-card
      card-id=${ifDefined(args['card-id'] || undefined)}
      endpoint=${ifDefined(args.endpoint || undefined)}
      exercise=${ifDefined(args.exercise || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      layout=${args.layout}
      ?presenter=${args.presenter}
      ?shareable=${args.shareable}
      texts=${ifDefined(args.texts || undefined)}
    ></vt-reflection-card>
  `,
} satisfies Meta<VtReflectionCardArgs>;

export default meta;
type Story = StoryObj<VtReflectionCardArgs>;

/** One prompt at a time, with progress and previous / next; answers are saved on this device as you type. */
export const OneAtATime: Story = {};

/** Every prompt at once (`layout="list"`). */
export const List: Story = { args: { layout: 'list', 'card-id': 'storybook-list' } };

/** Large, read-only prompts for a projector (`presenter`): no inputs; arrow or page keys move on. */
export const Presenter: Story = { args: { presenter: true } };

/** Presenter mode with every prompt at once. */
export const PresenterList: Story = { args: { presenter: true, layout: 'list' } };

/** Where a participant left off: answers saved on this device earlier come back. */
export const WithSavedAnswers: Story = {
  args: { 'card-id': 'storybook-saved', layout: 'list' },
  loaders: [async () => seed('storybook-saved')],
};

/**
 * `shareable` with an endpoint adds "Share with the facilitator"; the confirmation shows exactly what
 * will be sent. (The example endpoint does not exist: confirming shows the "saved, sent later" state.)
 */
export const ShareConfirmation: Story = {
  args: { 'card-id': 'storybook-share', shareable: true, endpoint: 'https://example.invalid/api/submissions' },
  loaders: [async () => seed('storybook-share')],
  play: ({ canvasElement }) => openDialog(canvasElement, 'share'),
};

/** Opens the share confirmation and confirms it, as a participant would. */
async function share(canvas: HTMLElement): Promise<void> {
  await openDialog(canvas, 'share');
  const card = canvas.querySelector<VtReflectionCard>('vt-reflection-card')!;
  const dialog = card.shadowRoot!.querySelector<HTMLDialogElement>('#share-dialog')!;
  for (let tries = 0; tries < 100 && !dialog.open; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  dialog.querySelector<HTMLButtonElement>('[data-confirm]')!.click();
}

/** After sharing: the facilitator's endpoint has the answers, and the status says so. */
export const Shared: Story = {
  args: { 'card-id': 'storybook-shared', shareable: true, endpoint: ACCEPTING },
  loaders: [async () => seed('storybook-shared')],
  play: ({ canvasElement }) => share(canvasElement),
};

/** Shared while the endpoint is down: saved on this device and sent automatically later. */
export const ShareQueued: Story = {
  args: { 'card-id': 'storybook-share-queued', shareable: true, endpoint: DOWN },
  loaders: [async () => seed('storybook-share-queued')],
  play: ({ canvasElement }) => share(canvasElement),
};

/** "Delete my answers" asks first; Cancel has the focus. */
export const DeleteConfirmation: Story = {
  args: { 'card-id': 'storybook-delete' },
  loaders: [async () => seed('storybook-delete')],
  play: ({ canvasElement }) => openDialog(canvasElement, 'delete'),
};

/** The page's own prompts, as `<vt-prompt>` children. */
export const CustomPrompts: Story = {
  render: (args) => html`
    <vt-reflection-card card-id="storybook-custom" lang=${ifDefined(args.lang || undefined)}>
      <vt-prompt>Mikä tämän päivän tapaamisessa jäi mieleesi?</vt-prompt>
      <vt-prompt>Mitä kokeilet ennen seuraavaa tapaamista?</vt-prompt>
    </vt-reflection-card>
  `,
};

/** An exercise name that does not exist: a message for the page editor. */
export const UnknownExercise: Story = { args: { exercise: 'no-such-exercise' } };

/** In Finnish, whatever the toolbar says. */
export const Finnish: Story = { args: { lang: 'fi', 'card-id': 'storybook-fi' } };

/** In Swedish (awaiting a native speaker's review). */
export const Swedish: Story = { args: { lang: 'sv', 'card-id': 'storybook-sv' } };

/** In English. */
export const English: Story = { args: { lang: 'en', 'card-id': 'storybook-en' } };
