/** peer-group-satisfaction in English. */
export default {
  title: 'Peer group feedback',
  description: 'This takes about five minutes. Your answers are anonymous, and you can skip any question.',
  showProgressBar: true,
  completedHtml: 'Thank you for your answers! Your feedback helps us develop the peer groups.',
  pages: [
    {
      name: 'climate',
      title: 'Group climate',
      elements: [
        {
          type: 'rating',
          name: 'climateOpen',
          title: 'The atmosphere was open.',
          minRateDescription: 'Strongly disagree',
          maxRateDescription: 'Strongly agree',
        },
        {
          type: 'rating',
          name: 'climateHonest',
          title: 'People spoke honestly.',
          minRateDescription: 'Strongly disagree',
          maxRateDescription: 'Strongly agree',
        },
        {
          type: 'rating',
          name: 'climateEmpathy',
          title: 'People showed empathy for one another.',
          minRateDescription: 'Strongly disagree',
          maxRateDescription: 'Strongly agree',
        },
        {
          type: 'rating',
          name: 'climateEqual',
          title: 'Everyone could take part equally.',
          minRateDescription: 'Strongly disagree',
          maxRateDescription: 'Strongly agree',
        },
      ],
    },
    {
      name: 'leadership',
      title: 'Group leadership',
      elements: [
        {
          type: 'rating',
          name: 'leaderConsensus',
          title: 'The group leader sought consensus.',
          minRateDescription: 'Strongly disagree',
          maxRateDescription: 'Strongly agree',
        },
        {
          type: 'rating',
          name: 'leaderOrganised',
          title: 'The discussion was well organised.',
          minRateDescription: 'Strongly disagree',
          maxRateDescription: 'Strongly agree',
        },
        {
          type: 'rating',
          name: 'leaderResponsive',
          title: 'The group leader was responsive to our needs.',
          minRateDescription: 'Strongly disagree',
          maxRateDescription: 'Strongly agree',
        },
      ],
    },
    {
      name: 'group',
      title: 'The group and the meeting',
      elements: [
        {
          type: 'radiogroup',
          name: 'groupSize',
          title: 'What did you think of the size of the group?',
          choices: [
            { value: 'tooSmall', text: 'Too small' },
            { value: 'right', text: 'About right' },
            { value: 'tooLarge', text: 'Too large' },
          ],
        },
        {
          type: 'radiogroup',
          name: 'format',
          title: 'How was the meeting you attended held?',
          choices: [
            { value: 'faceToFace', text: 'Face to face' },
            { value: 'online', text: 'Online' },
            { value: 'hybrid', text: 'Hybrid: some in the room, some online' },
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      title: 'What you gained',
      elements: [
        {
          type: 'matrix',
          name: 'outcomes',
          title: 'How far do you agree with the following statements?',
          columns: [
            { value: 1, text: 'Strongly disagree' },
            { value: 2, text: 'Disagree' },
            { value: 3, text: 'Neither agree nor disagree' },
            { value: 4, text: 'Agree' },
            { value: 5, text: 'Strongly agree' },
          ],
          rows: [
            { value: 'tools', text: 'I got new tools and practical examples.' },
            { value: 'notAlone', text: 'I realised I am not alone with my problems.' },
            { value: 'stronger', text: 'I feel stronger and more capable.' },
            { value: 'helpedOthers', text: 'I could help others.' },
            { value: 'learnedFromOthers', text: 'I learned from others\' experiences.' },
          ],
        },
      ],
    },
    {
      name: 'overall',
      title: 'Overall',
      elements: [
        {
          type: 'rating',
          name: 'satisfaction',
          title: 'Overall, how satisfied are you with the peer group?',
          minRateDescription: 'Very dissatisfied',
          maxRateDescription: 'Very satisfied',
        },
        {
          type: 'rating',
          name: 'recommend',
          title: 'How likely are you to recommend the group to others?',
          minRateDescription: 'Very unlikely',
          maxRateDescription: 'Very likely',
        },
        {
          type: 'comment',
          name: 'mostUseful',
          title: 'What was most useful to you?',
          description: 'Please do not mention names or anything else that could identify someone.',
          maxLength: 2000,
        },
      ],
    },
  ],
};
