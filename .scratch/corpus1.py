import json
N='nhs_number';NI='ni_number';PC='postcode';DOB='date_of_birth';PH='phone_number';EM='email';LI='local_identifier';NM='person_name';AD='street_address'
def P(id,text,findings,names=None,local=None,emails=None):
    d={'id':id,'text':text,'findings':[{'kind':k,'text':t} for k,t in findings]}
    ctx={}
    if names: ctx['allowedNames']=names
    if local: ctx['localIdentifiers']=local
    if emails: ctx['allowedEmails']=emails
    if ctx: d['context']=ctx
    return d
children=[
P('ch-01',"When Amira picked up the referral she realised that Tyler, 9, had been missing school for three weeks. She visited the family at 14 Cranbrook Avenue, Leeds LS11 5QR the same afternoon and stayed until his mum, Kerry, agreed to a safety plan.",
 [(NM,'Tyler'),(AD,'14 Cranbrook Avenue'),(PC,'LS11 5QR'),(NM,'Kerry')],names=['Amira Hussain']),
P('ch-02',"A nine-year-old named Kai told his teacher that he was scared to go home. Jordan from our Front Door team took the call and within the hour had spoken to Kai's grandmother and arranged for him to stay with her.",
 [(NM,'Kai')],names=['Jordan Ellis']),
P('ch-03',"The child's NHS number (485 777 3457) was on the faxed referral, and Beth noticed that it matched a second referral from a different GP practice under another surname. That link is what brought the two sets of concerns together.",
 [(N,'485 777 3457')],names=['Beth Morgan']),
P('ch-04',"Sasha supported a young mum, Chantelle, aged 17, through a pre-birth assessment. Chantelle had been known to services since she was small and was frightened that her baby would be taken. Sasha's patience changed that.",
 [(NM,'Chantelle')],names=['Sasha Greene']),
P('ch-05',"Born 14/03/2012, the boy had been placed with four different foster carers before Ruth became his social worker. She kept the same Tuesday visit for two years, whatever else was happening.",
 [(DOB,'14/03/2012')],names=['Ruth Adeyemi']),
P('ch-06',"Liam's mum rang the duty desk on 0113 496 0371 at 2am, and Mark kept her talking until police arrived. The family now live at Flat 3, 22 Holbeck Lane, and Liam is back at school.",
 [(NM,'Liam'),(AD,'Flat 3, 22 Holbeck Lane')],names=['Mark Oduya']),
P('ch-07',"Our Mosaic ID for the sibling group is 2201457 and the case had been open for six years. Gemma read every file back to 2019 and found the pattern that nobody had put together.",
 [(LI,'2201457')],names=['Gemma Ward']),
P('ch-08',"The girl, Ellie-May Harper, had been reported missing eleven times. Danielle built a relationship with her through weekly walks and now Ellie-May calls her when she feels unsafe rather than running.",
 [(NM,'Ellie-May Harper'),(NM,'Ellie-May')],names=['Danielle Price']),
P('ch-09',"Mr and Mrs Okafor had not understood why their son had been referred. Tomi took time to explain the process in their first language and brought in an interpreter for every meeting after that.",
 [(NM,'Okafor')],names=['Tomi Bello']),
P('ch-10',"His father, Darren Walsh, had a history of violence and had moved back in without telling anyone. Nadia picked this up from a neighbour's comment and escalated it the same day to her manager Priya.",
 [(NM,'Darren Walsh')],names=['Nadia Karim']),
P('ch-11',"The referral came from the school nurse and gave the family's home phone, 0161 496 0772, and a mobile for the mother, 07700 900461. Both were out of date; Rachel found the family through the nursery instead.",
 [(PH,'0161 496 0772'),(PH,'07700 900461')],names=['Rachel Dunn']),
P('ch-12',"She noticed that the baby's date of birth, 02.11.2025, did not match the date on the hospital discharge letter, and that led to the discovery that the baby had been born at home without a midwife present.",
 [(DOB,'02.11.2025')],names=[]),
P('ch-13',"Tasha was fourteen when she was first groomed online. Our child exploitation worker Leon spent months gaining her trust. Her mum Donna now volunteers with a parents' group.",
 [(NM,'Tasha'),(NM,'Donna')],names=['Leon Carter']),
P('ch-14',"The children's case reference CR-448120 was shared with the school so that they could attach their own records. Maya made sure that the information sharing agreement was signed first.",
 [(LI,'CR-448120')],names=['Maya Lewis']),
P('ch-15',"The youngest child, Harley (4), had a fractured arm that had not been treated. Sophie insisted on a child protection medical and stayed with Harley throughout.",
 [(NM,'Harley')],names=['Sophie Turner']),
P('ch-16',"The mother's e-mail, kerry.w1987@hotmail.co.uk, was on the contact sheet, and the stepfather had been reading her messages. Jas helped her set up a new account safely.",
 [(EM,'kerry.w1987@hotmail.co.uk')],names=['Jas Sandhu']),
P('ch-17',"When the twins, Alfie and Archie, arrived at the foster placement at midnight, Kirsty had already made up the beds and bought pyjamas in the right sizes.",
 [(NM,'Alfie'),(NM,'Archie')],names=['Kirsty Hall']),
P('ch-18',"The family lived at 7 Moor Lane, BD7 1AJ, and the house had no working heating. Within a day Paul had the housing officer round and an emergency payment through.",
 [(AD,'7 Moor Lane'),(PC,'BD7 1AJ')],names=['Paul Hennessy']),
P('ch-19',"The school emailed us the child's details: DOB 09/06/2016, Liquidlogic ID 55120348, and the names of both parents. Fatima spotted that the father named was not the father on the birth certificate.",
 [(DOB,'09/06/2016'),(LI,'55120348')],names=['Fatima Zahra']),
P('ch-20',"A boy called Jayden, who had been sleeping on a friend's sofa for weeks, turned up at the youth club. Our youth worker Sam recognised the signs and made a referral that night.",
 [(NM,'Jayden')],names=['Sam Ogunleye']),
P('ch-21',"Rosie's father had been sending money to a man overseas and the family had nothing left for food. Hannah got them to the foodbank, contacted the bank and sat with Rosie's father while he reported the fraud.",
 [(NM,'Rosie')],names=['Hannah Briggs']),
P('ch-22',"The parents' NI numbers, JK 45 67 89 B and JK456790C, had both been used to claim at a second address. Wendy worked with the DWP fraud team to make sure the children did not lose their benefits.",
 [(NI,'JK 45 67 89 B'),(NI,'JK456790C')],names=['Wendy Shaw']),
P('ch-23',"Our family support worker Carla visited the family's new flat at 112 Raglan Road, LS6 1BW, and found the children sleeping on a mattress on the floor. Beds arrived the next morning.",
 [(AD,'112 Raglan Road'),(PC,'LS6 1BW')],names=['Carla Mendes']),
P('ch-24',"Born on the 3rd of May 2014, the youngest of five, Mia had never been to a dentist. Lucy arranged appointments for all five children and went with them.",
 [(DOB,'3rd of May 2014'),(NM,'Mia')],names=['Lucy Chapman']),
P('ch-25',"The health visitor's notes gave the baby's NHS number as 7963175773 and the mother's as 576 837 5635. Anita made sure the baby was registered with a GP before discharge.",
 [(N,'7963175773'),(N,'576 837 5635')],names=['Anita Desai']),
P('ch-26',"His grandmother, Mrs Pauline Foster, became his kinship carer after a lot of persuasion. Gary went with her to every court hearing.",
 [(NM,'Pauline Foster')],names=['Gary Lomas']),
P('ch-27',"The only number we had for the father was his work line, 0113 378 4466 ext. 210. Imran rang it every day for a week until he got through, and the father came to the conference.",
 [(PH,'0113 378 4466 ext. 210')],names=['Imran Qureshi']),
]
json.dump(children,open('/work/main/test/fixtures/privacy/children.json','w'),indent=2,ensure_ascii=False)
print(len(children))
