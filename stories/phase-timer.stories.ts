import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/phase-timer/define.js';
import type { TimerState } from '../src/phase-timer/clock.js';
import { PRESETS } from '../src/phase-timer/agenda.js';

/** The attributes of `<vt-phase-timer>`, as a facilitator or page editor writes them. */
interface VtPhaseTimerArgs {
  preset: string;
  'timer-id': string;
  advance: string;
  controls: string;
  sound: boolean;
  lang: string;
}

/**
 * Seeds the shared state for a story's `timer-id`, as if a facilitator had started it earlier: the
 * timer reads it from localStorage on first render, exactly as after a reload.
 */
function seed(id: string, minutesLeft: number, index = 2): string {
  const phases = PRESETS['co-development-workshop']!;
  const now = Date.now();
  const phaseMs = phases[index]!.minutes * 60_000;
  const state: TimerState = {
    phases,
    index,
    status: 'running',
    phaseEndsAt: now + minutesLeft * 60_000,
    remainingMs: 0,
    phaseMs,
    updatedAt: now,
  };
  localStorage.setItem(`vt-timer:${id}`, JSON.stringify(state));
  return id;
}

const meta = {
  title: 'Elements/vt-phase-timer',
  component: 'vt-phase-timer',
  args: { preset: 'co-development-workshop', 'timer-id': '', advance: '', controls: '', sound: false, lang: '' },
  argTypes: {
    preset: { control: 'select', options: ['co-development-workshop', 'solo-entrepreneur-workshop'] },
    advance: { control: 'select', options: ['', 'auto'] },
    controls: { control: 'select', options: ['', 'none'] },
    lang: { control: { type: 'select', labels: { '': '(from the toolbar)' } }, options: ['', 'fi', 'sv', 'en'] },
  },
  render: (args) => html`
    <vt-phase-timer
      preset=${args.preset}
      timer-id=${ifDefined(args['timer-id'] || undefined)}
      advance=${ifDefined(args.advance || undefined)}
      controls=${ifDefined(args.controls || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      ?sound=${args.sound}
    ></vt-phase-timer>
  `,
} satisfies Meta<VtPhaseTimerArgs>;

export default meta;
type Story = StoryObj<VtPhaseTimerArgs>;

/** The co-development workshop: joint part, own groups (horizontal), back together (vertical). */
export const Preset: Story = { args: { 'timer-id': 'story-preset' } };

/** The solo-entrepreneur variant: split by field, then back together as one group. */
export const SoloEntrepreneurs: Story = { args: { preset: 'solo-entrepreneur-workshop' } };

/** An agenda of the page's own, from `<vt-phase>` children, moving on by itself. */
export const CustomAgenda: Story = {
  render: () => html`
    <vt-phase-timer advance="auto" sound>
      <h2 slot="heading">Vertaisryhmä, tapaaminen 3</h2>
      <vt-phase name="Kuulumiskierros" minutes="15" kind="together"></vt-phase>
      <vt-phase name="Oma pohdinta" minutes="10" kind="individual"></vt-phase>
      <vt-phase name="Pareittain" minutes="20" kind="horizontal"></vt-phase>
      <vt-phase name="Kahvi" minutes="10" kind="break"></vt-phase>
      <vt-phase name="Yhteinen purku" minutes="25" kind="vertical"></vt-phase>
    </vt-phase-timer>
  `,
};

/** For the projector: follows the timer with the same `timer-id`, without buttons. */
export const DisplayOnly: Story = {
  args: { controls: 'none' },
  render: (args) => html`<vt-phase-timer controls=${args.controls} timer-id=${seed('story-display', 31)}></vt-phase-timer>`,
};

/** Under 20% of the phase left: said in words and colour. */
export const LowTime: Story = {
  render: () => html`<vt-phase-timer timer-id=${seed('story-low', 7)}></vt-phase-timer>`,
};

/** The phase ran out and the timer waits for the facilitator, counting overtime. */
export const Overtime: Story = {
  render: () => html`<vt-phase-timer timer-id=${seed('story-overtime', -2)}></vt-phase-timer>`,
};

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
