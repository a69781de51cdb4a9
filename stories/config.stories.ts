import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/config/define.js';

/** The attributes of `<vt-config>`, as a page author writes them. */
interface VtConfigArgs {
  endpoint: string;
  lang: string;
  'privacy-notice-url': string;
  programme: string;
  texts: string;
}

const EXPLANATION: Record<string, string> = {
  fi:
    'Tämä kappale on <vt-config>-elementin sisällä. Se jakaa sisällään oleville vertaistuki-elementeille ' +
    'yhteiset asetukset: osoitteen, johon vastaukset lähetetään, kielen, tietosuojaselosteen ja ohjelman. ' +
    'Sillä ei ole omaa ulkoasua, joten tämä teksti näkyy sellaisenaan.',
  sv:
    'Det här stycket ligger inuti <vt-config>. Det ger vertaistuki-elementen inuti gemensamma ' +
    'inställningar: adressen dit svaren skickas, språket, dataskyddsbeskrivningen och programmet. ' +
    'Det har inget eget utseende, så den här texten visas som den är.',
  en:
    'This paragraph is inside <vt-config>. It gives the vertaistuki elements inside it shared settings: ' +
    'the address submissions go to, the language, the privacy notice and the programme. It has no look ' +
    'of its own, so this text shows as it is.',
};

const meta = {
  title: 'Elements/vt-config',
  component: 'vt-config',
  args: {
    endpoint: 'https://example.fi/api/submissions',
    lang: '',
    'privacy-notice-url': '/tietosuoja',
    programme: 'kestava-keikkatyo',
    texts: '',
  },
  argTypes: {
    lang: {
      control: { type: 'select', labels: { '': '(from the toolbar)' } },
      options: ['', 'fi', 'sv', 'en'],
    },
    // The attribute takes JSON text; the property also takes an object.
    texts: { control: 'text' },
  },
  render: (args, { globals }) => html`
    <vt-config
      endpoint=${ifDefined(args.endpoint || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      privacy-notice-url=${ifDefined(args['privacy-notice-url'] || undefined)}
      programme=${ifDefined(args.programme || undefined)}
      texts=${ifDefined(args.texts || undefined)}
    >
      <p>${EXPLANATION[args.lang || globals['locale']] ?? EXPLANATION['fi']}</p>
    </vt-config>
  `,
} satisfies Meta<VtConfigArgs>;

export default meta;
type Story = StoryObj<VtConfigArgs>;

/** Settings for the elements inside; with none there yet, only the page's own content shows. */
export const Default: Story = {};
