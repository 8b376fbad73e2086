/**
 * Applies the saved theme before the first paint (an inline script in <head>), so a person who chose dark never
 * sees a flash of light. Without a saved choice the CSS follows `prefers-color-scheme`.
 */
export const THEME_STORAGE_KEY = 'spendwise-theme';

export const themeInitScript = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
