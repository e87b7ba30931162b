import { activityEn } from './activity.en';
import { contactsEn } from './contacts.en';
import { documentsEn } from './documents.en';
import { jobsEn } from './jobs.en';
import { jobsAddingEn } from './jobs-adding.en';
import { lettersEn } from './letters.en';
import { messagesEn } from './messages.en';
import { profileEn } from './profile.en';
import { resourcesEn } from './resources.en';
import { savedSearchesEn } from './saved-searches.en';
import { scheduleEn } from './schedule.en';

/** English strings. Every string the UI shows comes from here (or es.ts), never from code. */
export const en = {
  app: {
    name: 'Career Organizer',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main',
    groupOrganizer: 'My organizer',
    groupResources: 'Help and advice',
    home: 'Home',
    resources: 'Resources',
    settings: 'Settings',
    collapse: 'Hide menu',
    expand: 'Show menu',
  },
  home: {
    title: 'Welcome to Career Organizer',
    intro: 'Keep your whole job search in one place: the jobs you want, your documents, your appointments and the letters you write.',
    privacyTitle: 'Your information stays on this computer',
    privacyBody: 'Nothing you add here is sent anywhere. You don’t need an account or the internet to use it.',
    dataFolder: 'Your settings are kept in this folder:',
    openDataFolder: 'Open this folder',
    firstStepsTitle: 'Good first steps',
    stepAdvice: 'Read short advice on interviews, resumes and writing to employers.',
    stepAdviceAction: 'Read advice',
    stepSettings: 'Choose how the app looks, its language, and how many job-search activities you need each week.',
    stepSettingsAction: 'Open settings',
  },
  settings: {
    title: 'Settings',
    intro: 'Changes are saved as soon as you make them.',
    appearance: 'Appearance',
    theme: 'Theme',
    themeHint: 'Choose light or dark, or follow your computer’s setting.',
    themeSystem: 'Same as my computer',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    languageHint: 'The language of menus, buttons and messages.',
    languageEn: 'English',
    languageEs: 'Español (Spanish)',
    jobSearch: 'Job search',
    weeklyTarget: 'Job-search activities each week',
    weeklyTargetHint: 'Many unemployment programs ask for at least 3 each week. Check the number your state gives you.',
    weeklyTargetError: 'Enter a whole number from 0 to 50.',
    notificationsTitle: 'Reminders',
    notifications: 'Show reminders for appointments and follow-ups',
    notificationsHint: 'Reminders appear even when the app is in the background.',
    library: 'Documents folder',
    libraryHint: 'Your resumes, cover letters and other documents are kept as normal files in this folder.',
    libraryChange: 'Choose a different folder…',
    libraryPathLabel: 'Folder path',
    librarySave: 'Use this folder',
    libraryMoving: 'Moving your documents…',
    libraryMovingCount: 'Moving your documents… {{done}} of {{total}} files',
    libraryMoved: 'Your documents are now in {{path}}',
    importLimit: 'Largest file you can add (MB)',
    importLimitHint: 'Bigger files are not added, so your library stays easy to back up.',
    importLimitError: 'Enter a whole number of megabytes from 1 to 4096.',
    dataTitle: 'Your data',
    dataBody: 'Settings and app data are kept here:',
    openDataFolder: 'Open data folder',
    about: 'About',
    version: 'Version {{version}}',
    saved: 'Saved',
    saveFailed: 'We couldn’t save that change. {{reason}}',
    indexRebuiltNotice: 'The list of your documents could not be read, so it was made again from the files in {{path}}. Your files are safe, but titles, tags and notes you added may need to be entered again.',
    resetNotice: 'Your settings file could not be read, so the app started with default settings. The old file was kept here: {{path}}',
    folderNotOpened: 'We couldn’t open the folder. You can find it here: {{path}}',
  },
  resources: resourcesEn,
  documents: documentsEn,
  jobs: jobsEn,
  jobsAdding: jobsAddingEn,
  contacts: contactsEn,
  activity: activityEn,
  savedSearches: savedSearchesEn,
  letters: lettersEn,
  messages: messagesEn,
  profile: profileEn,
  schedule: scheduleEn,
  toast: {
    close: 'Dismiss',
    undo: 'Undo',
    region: 'Notifications',
  },
  errors: {
    notFoundTitle: 'We couldn’t find that page',
    notFoundBody: 'The link may be old. Use the menu on the left to find what you need.',
    goHome: 'Go to Home',
    crashTitle: 'Something went wrong on this page',
    crashBody: 'Your saved information is safe. Reload the page to continue.',
    reload: 'Reload',
  },
};

export type Messages = typeof en;
