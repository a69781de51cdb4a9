import { PHASE_KINDS, type Phase, type PhaseKind } from './clock.js';

const phase = (textKey: string, minutes: number, kind: PhaseKind): Phase => ({ name: '', minutes, kind, textKey });

/**
 * Built-in agendas. The co-development workshop follows the project's model: a joint part with
 * management and staff together, own groups apart (horizontal peer support), then back together
 * (vertical peer support); 150 minutes with two breaks. Solo entrepreneurs split by field instead and
 * come back together as one group.
 */
export const PRESETS: Record<string, Phase[]> = {
  'co-development-workshop': [
    phase('timer.phase.opening', 20, 'together'),
    phase('timer.phase.break', 10, 'break'),
    phase('timer.phase.ownGroups', 45, 'horizontal'),
    phase('timer.phase.break', 10, 'break'),
    phase('timer.phase.backTogether', 45, 'vertical'),
    phase('timer.phase.closing', 20, 'together'),
  ],
  'solo-entrepreneur-workshop': [
    phase('timer.phase.opening', 20, 'together'),
    phase('timer.phase.reflection', 10, 'individual'),
    phase('timer.phase.fieldGroups', 40, 'horizontal'),
    phase('timer.phase.break', 10, 'break'),
    phase('timer.phase.backTogether', 40, 'together'),
    phase('timer.phase.closing', 20, 'together'),
  ],
};

export const DEFAULT_PRESET = 'co-development-workshop';

/**
 * Reads `<vt-phase name minutes kind>` children. A page editor types these by hand: a phase without
 * usable minutes is left out with a console warning, an unknown kind counts as `together`.
 */
export function parsePhases(host: Element): Phase[] {
  const phases: Phase[] = [];
  for (const child of host.querySelectorAll(':scope > vt-phase')) {
    const name = child.getAttribute('name')?.trim() || child.textContent?.trim() || '';
    const minutes = Number(child.getAttribute('minutes'));
    const kind = child.getAttribute('kind') ?? 'together';
    if (!(minutes > 0)) {
      console.warn(`vertaistuki-widgets: <vt-phase name="${name}"> needs minutes above 0; it is left out.`);
      continue;
    }
    if (!(PHASE_KINDS as readonly string[]).includes(kind)) {
      console.warn(`vertaistuki-widgets: <vt-phase kind="${kind}"> is unknown; use ${PHASE_KINDS.join(', ')}.`);
    }
    phases.push({ name, minutes, kind: (PHASE_KINDS as readonly string[]).includes(kind) ? (kind as PhaseKind) : 'together' });
  }
  return phases;
}
