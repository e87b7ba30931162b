/** How a message went or came: the four ways people reach an employer. Ids are stored: never rename one. */
export const MESSAGE_CHANNELS = ['email', 'letter', 'phone', 'in-person'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** Whether the user sent it or received it. */
export const MESSAGE_DIRECTIONS = ['sent', 'received'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/** English names for the job-search log an auditor reads (the log never follows the UI language). */
export const CHANNEL_LABELS_EN: Record<MessageChannel, string> = {
  email: 'Email',
  letter: 'Letter',
  phone: 'Phone',
  'in-person': 'In person',
};
