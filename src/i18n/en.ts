import type { Catalogue } from './catalogue.js';

/** English. */
export const en: Catalogue = {
  'core.sending': 'Sending…',
  'core.sent': 'Sent. Thank you!',
  'core.queued':
    'The connection is not working right now. Your details are saved on this device and will be sent automatically when the connection is back.',
  'core.deliveredLater': 'The details you saved earlier have now been sent.',
  'core.pending': {
    one: '{count} submission is waiting for a connection.',
    other: '{count} submissions are waiting for a connection.',
  },
  'core.rejected': 'Sending failed ({status}). Your details are still in the form; please try again later.',
  'core.fixErrors': 'Please check the marked fields. Your details are still in the form.',
  'core.storageUnavailable':
    'This browser does not allow saving on this device. Your details are kept only until you close or reload the page.',
  'core.configError': 'Configuration error for the page editor: {problem}',
  'core.noEndpoint': 'no endpoint (set the endpoint attribute or <vt-config endpoint>).',
  'core.errorSummaryTitle': 'There is a problem',
  'core.errorPrefix': 'Error:',
  'core.required': 'This field is required.',
  // <vt-reflection-card>: 'reflection.*' keys below this line.
  // <vt-phase-timer>: 'timer.*' keys below this line.
};
