const nlp = require('compromise');
const t = `Mr Dennis Pryce, 79, was found on the floor. His daughter Leanne called our IDVA Tom Reed. A nine-year-old named Tyler told Priya, her manager, that he was scared. Sarah Jones from the Leeds team visited 7 Moor Lane. Kayleigh's mum was worried. The boy, Jayden Clarke, aged 14, had missed school.`;
console.log(JSON.stringify(nlp(t).people().json({offset:true}).map(p=>[p.text,p.offset])));
