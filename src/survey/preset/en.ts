import type { PresetTexts } from '../preset.js';

/** peer-group-satisfaction in English. */
const texts: PresetTexts = {
  title: 'Peer group feedback',
  description: 'This takes about five minutes. Your answers are anonymous, and you can skip any question.',
  completedHtml: 'Thank you for your answers! Your feedback helps us develop the peer groups.',
  pages: ['Group climate', 'Group leadership', 'The group and the meeting', 'What you gained', 'Overall'],
  agree: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  statements: [
    'The atmosphere was open.',
    'People spoke honestly.',
    'People showed empathy for one another.',
    'Everyone could take part equally.',
    'The group leader sought consensus.',
    'The discussion was well organised.',
    'The group leader was responsive to our needs.',
  ],
  groupSize: ['What did you think of the size of the group?', 'Too small', 'About right', 'Too large'],
  format: ['How was the meeting you attended held?', 'Face to face', 'Online', 'Hybrid: some in the room, some online'],
  outcomes: [
    'How far do you agree with the following statements?',
    'I got new tools and practical examples.',
    'I realised I am not alone with my problems.',
    'I feel stronger and more capable.',
    'I could help others.',
    "I learned from others' experiences.",
  ],
  satisfaction: ['Overall, how satisfied are you with the peer group?', 'Very dissatisfied', 'Very satisfied'],
  recommend: ['How likely are you to recommend the group to others?', 'Very unlikely', 'Very likely'],
  mostUseful: [
    'What was most useful to you?',
    'Please do not mention names or anything else that could identify someone.',
  ],
};
export default texts;
