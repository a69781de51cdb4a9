import { useState } from 'react';
// Defines every element once, for the whole app.
import 'vertaistuki-widgets/all.js';

// Arrays and objects: React 19 passes them as properties, because the elements have those properties.
const groups = [
  { value: 'pori-kevat', name: 'Porin yksinyrittäjien vertaisryhmä', starts: '2027-02-03T17:00', meetings: 6, seatsLeft: 3, type: 'horizontal', format: 'hybrid' },
  { value: 'verkko', name: 'Esihenkilöiden verkkoryhmä', seatsLeft: 0, type: 'vertical', format: 'online' },
];

const definition = {
  elements: [
    { type: 'rating', name: 'climate', isRequired: true, title: { fi: 'Ryhmässä oli hyvä ilmapiiri.', en: 'The group had a good atmosphere.' } },
    { type: 'comment', name: 'mostUseful', title: { fi: 'Mikä oli hyödyllisintä?', en: 'What was most useful?' } },
  ],
};

const prompts = ['Mikä tämän päivän tapaamisessa jäi mieleesi?', 'Mitä kokeilet ennen seuraavaa tapaamista?'];

const phases = [
  { name: 'Kuulumiskierros', minutes: 15, kind: 'together' },
  { name: 'Pareittain', minutes: 20, kind: 'horizontal' },
  { name: 'Yhteinen purku', minutes: 25, kind: 'vertical' },
];

export function App() {
  const [received, setReceived] = useState([]);
  const [phase, setPhase] = useState(phases[0].name);

  // vt- events: React 19 listens for `onvt-submitted` as the event `vt-submitted` (the name after "on", as written).
  const onSubmitted = (event) => setReceived((ids) => [...ids, `${event.detail.envelope.schema} ${event.detail.envelope.id}`]);

  return (
    <vt-config endpoint="/api/submissions" programme="kestava-keikkatyo" privacy-notice-url="/tietosuoja">
      <h1>Vertaisryhmät</h1>
      <vt-group-signup groups={groups} any-group onvt-submitted={onSubmitted}></vt-group-signup>
      <vt-survey definition={definition} survey-id="react-esimerkki" onvt-submitted={onSubmitted}></vt-survey>
      <vt-reflection-card prompts={prompts} layout="list"></vt-reflection-card>
      <vt-phase-timer phases={phases} onvt-phase-change={(event) => setPhase(event.detail.phase.name)}></vt-phase-timer>

      <p id="phase">Vaihe: {phase}</p>
      <ul id="received">
        {received.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </vt-config>
  );
}
