// Placeholder: replaced by the prerender step of the UI work.
console.log('prerender: nothing yet');
