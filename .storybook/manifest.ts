import type { ArgTypesEnhancer, SBType, StrictArgTypes } from 'storybook/internal/types';

/** The part of a custom-elements.json (schema 2) that Storybook reads. */
export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

interface Declaration {
  tagName?: string;
  members?: Member[];
}

interface Member {
  kind?: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
}

/**
 * The manifest as a page author sees the elements: only public instance API, and each attribute once.
 * Storybook lists a reflected property under both names (`privacyNoticeUrl` and
 * `privacy-notice-url`); our stories bind attributes, so the attribute stands for both.
 */
export function forControls(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              members: declaration.members?.filter(
                (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.attribute,
              ),
            }
          : declaration,
      ),
    })),
  };
}

const STRING_LITERAL = /^(['"])(.*)\1$/;

/**
 * Storybook picks a control from the type's name and knows only plain names (`string`, `boolean`,
 * ...). The analyzer writes TypeScript (`string | undefined`, `'fi' | 'sv'`), which would give every
 * optional attribute a JSON editor; this turns those into a text box or a choice of values.
 */
export const controlsFromTypeScript: ArgTypesEnhancer = ({ argTypes }) => {
  const enhanced: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const type = argType.type && plainType(String(argType.type.name));
    enhanced[name] = type ? { ...argType, type } : argType;
  }
  return enhanced;
};

/** `string | undefined` is `string`; `'a' | 'b'` is a choice; anything else stays as it is. */
function plainType(typeScript: string): SBType | undefined {
  const parts = typeScript
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const [only] = parts;
  if (parts.length === 1 && (only === 'string' || only === 'boolean' || only === 'number')) {
    return { name: only, required: false };
  }
  const literals = parts.map((part) => STRING_LITERAL.exec(part)?.[2]);
  if (parts.length > 0 && literals.every((value) => value !== undefined)) {
    return { name: 'enum', value: literals as string[], required: false };
  }
  return undefined;
}
