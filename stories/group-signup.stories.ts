import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/group-signup/define.js';
import type { VtGroupSignup } from '../src/group-signup/group-signup.js';
import { ACCEPTING, DOWN } from './support/accepting-endpoint.js';

/** The attributes of `<vt-group-signup>`, as a page editor writes them. */
interface VtGroupSignupArgs {
  endpoint: string;
  'privacy-notice-url': string;
  fields: string;
  'any-group': boolean;
  'groups-src': string;
  lang: string;
}

const groupsJson = `data:application/json,${encodeURIComponent(
  JSON.stringify([
    { value: 'tre-1', name: 'Tampere: keikkatyön tekijät', starts: '2027-03-02T17:00', meetings: 5, format: 'face-to-face', type: 'horizontal', seatsLeft: 4 },
    { value: 'net-1', name: 'Verkkoryhmä esihenkilöille ja työntekijöille', starts: '2027-03-09T16:00', meetings: 6, format: 'online', type: 'vertical', seatsLeft: 0 },
  ]),
)}`;

const meta = {
  title: 'Elements/vt-group-signup',
  component: 'vt-group-signup',
  args: {
    endpoint: ACCEPTING,
    'privacy-notice-url': '/tietosuoja',
    fields: 'role organisation-type future-contact',
    'any-group': false,
    'groups-src': '',
    lang: '',
  },
  argTypes: {
    lang: { control: { type: 'select', labels: { '': '(from the toolbar)' } }, options: ['', 'fi', 'sv', 'en'] },
  },
  render: (args) => html`
    <vt-group-signup
      endpoint=${ifDefined(args.endpoint || undefined)}
      privacy-notice-url=${ifDefined(args['privacy-notice-url'] || undefined)}
      fields=${args.fields}
      groups-src=${ifDefined(args['groups-src'] || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      min-fill-seconds="0"
      ?any-group=${args['any-group']}
    >
      <vt-group value="pori-1" starts="2027-02-03T17:00" meetings="6" location="Pori, SAMK" seats-left="3"
                type="horizontal" format="hybrid" audience="yksinyrittäjät">
        Porin yksinyrittäjien vertaisryhmä <p>Kuusi iltaa keväällä: kokemuksia, käytännön vinkkejä ja tukea.</p>
      </vt-group>
      <vt-group value="foorumix-1" starts="2027-02-10" meetings="8" seats-left="0" type="vertical" format="online"
                audience="esihenkilöt, HR ja työterveyshuolto">
        Esihenkilöiden ja työterveyshuollon verkkoryhmä
      </vt-group>
      <vt-group value="syksy-1" closed type="horizontal" format="face-to-face">Syksyn ryhmä (päättynyt)</vt-group>
    </vt-group-signup>
  `,
} satisfies Meta<VtGroupSignupArgs>;

export default meta;
type Story = StoryObj<VtGroupSignupArgs>;

const signupIn = (canvas: HTMLElement) => canvas.querySelector('vt-group-signup') as VtGroupSignup;

async function fill(canvas: HTMLElement, group: string): Promise<VtGroupSignup> {
  const signup = signupIn(canvas);
  await signup.updateComplete;
  const root = signup.shadowRoot!;
  root.querySelector<HTMLInputElement>(`input[value="${group}"]`)!.click();
  for (const [id, value] of [['name', 'Aino Virtanen'], ['email', 'aino@example.fi']]) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value!;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  root.querySelector<HTMLInputElement>('#consent')!.click();
  return signup;
}

const submit = (signup: VtGroupSignup) => signup.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

/** Groups from `<vt-group>` children: one open, one full (waiting list), one closed. */
export const Default: Story = {};

/** Groups loaded as JSON from `groups-src`. */
export const GroupsFromServer: Story = { args: { 'groups-src': groupsJson } };

/** Every optional field the page can ask for, and "any suitable group". */
export const AllFields: Story = {
  args: {
    fields: 'phone organisation role organisation-type field-of-work preferred-format avoid-organisations hopes future-contact',
    'any-group': true,
  },
};

/** A page whose only group is full: it says so and offers the waiting list instead of a seat. */
export const FullGroup: Story = {
  render: (args) => html`
    <vt-group-signup endpoint=${ACCEPTING} privacy-notice-url="/tietosuoja" lang=${ifDefined(args.lang || undefined)}>
      <vt-group value="pori-kevat" starts="2027-02-03T17:00" meetings="6" capacity="8" seats-left="0" type="horizontal"
                format="face-to-face">Porin yksinyrittäjien vertaisryhmä</vt-group>
    </vt-group-signup>
  `,
};

/** A full group chosen: the button and the success view are about its waiting list. */
export const WaitingList: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'foorumix-1');
  },
};

/** Sent without filling in: the error summary at the top, each error beside its field. */
export const ErrorsShown: Story = {
  play: async ({ canvasElement }) => {
    const signup = signupIn(canvasElement);
    await signup.updateComplete;
    submit(signup);
  },
};

/** After a successful signup. */
export const Submitted: Story = {
  play: async ({ canvasElement }) => submit(await fill(canvasElement, 'pori-1')),
};

/** The collector is down: saved on this device, to be sent automatically. */
export const OfflineQueued: Story = {
  args: { endpoint: DOWN },
  play: async ({ canvasElement }) => submit(await fill(canvasElement, 'pori-1')),
};

/** No privacy notice configured: a message for the page editor, and no form. */
export const ConfigurationError: Story = { args: { 'privacy-notice-url': '' } };

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
