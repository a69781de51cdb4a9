// Classes and types only: importing this module defines no element. Import `vertaistuki-widgets/all.js`
// (or one element's entry, such as `vertaistuki-widgets/config.js`) to register the tags.
export { VtConfig } from './config/config.js';
export { configContext, type VtConfigValue } from './config/context.js';
export { ConfigController, type ConfigurableHost } from './core/config-controller.js';
export { defineElement, type VersionedElement } from './core/define.js';
export { flushOutbox, type OutboxItem, type Problem, type SendResult } from './core/delivery/index.js';
export { createEnvelope, type Envelope, type SubmissionKind } from './core/envelope.js';
export { VtSubmitErrorEvent, VtSubmitEvent, VtSubmitQueuedEvent, VtSubmittedEvent } from './core/events.js';
export { LocaleController, resolveLocale } from './core/locale-controller.js';
export { renderSubmitStatus } from './core/status.js';
export { baseStyles } from './core/styles.js';
export { SubmitController, type SubmitState } from './core/submit-controller.js';
export { VERSION } from './core/version.js';
export type { PeerGroup } from './group-signup/groups.js';
export { VtGroupSignup } from './group-signup/group-signup.js';
export { LOCALES, type Catalogue, type Catalogues, type Locale, type Message, type MessageKey, type Texts } from './i18n/catalogue.js';
export { Localizer, parseTexts, type TextOverrides } from './i18n/localize.js';
export type { Phase, PhaseKind, TimerState } from './phase-timer/clock.js';
export { VtPhaseChangeEvent, VtTimerEndEvent } from './phase-timer/events.js';
export { VtPhaseTimer } from './phase-timer/phase-timer.js';
export type { ReflectionAnswer, ReflectionShare } from './reflection-card/answers.js';
export { VtReflectionInputEvent } from './reflection-card/events.js';
export { VtReflectionCard } from './reflection-card/reflection-card.js';
export { VtSurvey } from './survey/survey.js';
