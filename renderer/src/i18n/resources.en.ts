/** English strings for the Resources area (the page chrome; article texts live with the articles). */
export const resourcesEn = {
  title: 'Resources',
};
