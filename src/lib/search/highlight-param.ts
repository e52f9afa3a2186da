/** URL parameter that carries a result's query words to the article page, which marks them there (`?highlight=compver.ini`). */
export const highlightParam = 'highlight';
