import { sendKeys } from '@web/test-runner-commands';

/**
 * Types `text` into the focused field as a person would. WebKitGTK's WebDriver drops spaces (and the
 * letter after one) from a long `type` command, so words, spaces and line breaks go as separate keys.
 */
export async function typeText(text: string): Promise<void> {
  for (const part of text.split(/( |\n)/)) {
    if (part === ' ') await sendKeys({ press: ' ' });
    else if (part === '\n') await sendKeys({ press: 'Enter' });
    else if (part) await sendKeys({ type: part });
  }
}
