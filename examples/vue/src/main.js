import { createApp, ref } from 'vue';
// Defines every element once, for the whole app.
import 'vertaistuki-widgets/all.js';

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

const app = createApp({
  setup() {
    const received = ref([]);
    const phase = ref(phases[0].name);
    const onSubmitted = (event) => received.value.push(`${event.detail.envelope.schema} ${event.detail.envelope.id}`);
    return { groups, definition, prompts, phases, received, phase, onSubmitted };
  },
  // `.prop` sets a property (arrays, objects); `@vt-submitted` listens for the element's event.
  template: `
    <vt-config endpoint="/api/submissions" programme="kestava-keikkatyo" privacy-notice-url="/tietosuoja">
      <h1>Vertaisryhmät</h1>
      <vt-group-signup :groups.prop="groups" any-group @vt-submitted="onSubmitted"></vt-group-signup>
      <vt-survey :definition.prop="definition" survey-id="vue-esimerkki" @vt-submitted="onSubmitted"></vt-survey>
      <vt-reflection-card :prompts.prop="prompts" layout="list"></vt-reflection-card>
      <vt-phase-timer :phases.prop="phases" @vt-phase-change="phase = $event.detail.phase.name"></vt-phase-timer>

      <p id="phase">Vaihe: {{ phase }}</p>
      <ul id="received">
        <li v-for="line in received" :key="line">{{ line }}</li>
      </ul>
    </vt-config>
  `,
});

// Tell Vue's template compiler that vt- tags are custom elements, not Vue components. (The full build
// would also notice tags already defined when it compiles; this holds for elements defined later too,
// and an SFC build needs the same function in its compiler options: see vite.config.js.)
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('vt-');
app.mount('#app');
