<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
  <context>
    <name>TeachExhibit</name>
    <message>
      <source>Group 1</source>
      <translation>1. grupa</translation>
    </message>
    <message>
      <source>Group 2</source>
      <translation>2. grupa</translation>
    </message>
    <message>
      <source>Group 3</source>
      <translation>3. grupa</translation>
    </message>
    <message>
      <source>1. Teach it two groups</source>
      <translation>1. Iemāci tam divas grupas</translation>
    </message>
    <message>
      <source>Hold something (or make a gesture) in the square and tap Group 1 a few times. Then show something different and tap Group 2.</source>
      <translation>Turi kvadrātā kādu lietu (vai parādi žestu) un dažas reizes pieskaries 1. grupai. Tad parādi kaut ko citu un pieskaries 2. grupai.</translation>
    </message>
    <message>
      <source>2. The bias challenge</source>
      <translation>2. Aizspriedumu izaicinājums</translation>
    </message>
    <message>
      <source>Give Group 1 at least three times as many examples as Group 2. Then show Group 2's thing: does the computer still know it?</source>
      <translation>Iedod 1. grupai vismaz trīs reizes vairāk piemēru nekā 2. grupai. Tad parādi 2. grupas lietu: vai dators to vēl pazīst?</translation>
    </message>
    <message>
      <source>3. Make it fair again</source>
      <translation>3. Padari to atkal godīgu</translation>
    </message>
    <message>
      <source>One-sided examples make the small group lose votes. Give both groups about the same number of good examples.</source>
      <translation>Vienpusīgu piemēru dēļ mazā grupa zaudē balsis. Iedod abām grupām aptuveni vienādu skaitu labu piemēru.</translation>
    </message>
    <message>
      <source>4. Three groups</source>
      <translation>4. Trīs grupas</translation>
    </message>
    <message>
      <source>Add a third group and teach it something new. Can it tell all three apart?</source>
      <translation>Pievieno trešo grupu un iemāci tai ko jaunu. Vai dators atšķir visas trīs?</translation>
    </message>
    <message>
      <source>Free play</source>
      <translation>Brīvā spēle</translation>
    </message>
    <message>
      <source>You taught a computer! Try tricky things: what does it say about something it never saw?</source>
      <translation>Tu iemācīji datoram! Pamēģini ko viltīgu: ko tas saka par lietu, ko nekad nav redzējis?</translation>
    </message>
    <message>
      <source>Show it here</source>
      <translation>Parādi šeit</translation>
    </message>
    <message>
      <source>It knows nothing yet: give at least one example to two groups.</source>
      <translation>Tas vēl neko nezina: iedod vismaz vienu piemēru divām grupām.</translation>
    </message>
    <message>
      <source>One-sided! The big group has far more examples, so it wins the vote even when it should not.</source>
      <translation>Vienpusīgi! Lielajai grupai ir daudz vairāk piemēru, tāpēc tā uzvar balsojumā arī tad, kad nevajadzētu.</translation>
    </message>
    <message>
      <source>Too few examples in %1: with fewer than %2 it is mostly guessing.</source>
      <translation>Par maz piemēru: %1. Ja to ir mazāk par %2, dators galvenokārt min.</translation>
    </message>
    <message>
      <source>It mixes the groups up: show things that look more different, from a few angles.</source>
      <translation>Tas jauc grupas: rādi lietas, kas izskatās atšķirīgāk, no dažādiem leņķiem.</translation>
    </message>
    <message>
      <source>Well taught: it recognises most of its own examples.</source>
      <translation>Labi iemācīts: tas atpazīst lielāko daļu savu piemēru.</translation>
    </message>
    <message>
      <source>add example</source>
      <translation>pievienot piemēru</translation>
    </message>
    <message>
      <source>Forget</source>
      <translation>Aizmirst</translation>
    </message>
    <message>
      <source>Examples: %1 · self-test: %2 of %3 right</source>
      <translation>Piemēri: %1 · paštests: %2 no %3 pareizi</translation>
    </message>
    <message>
      <source>The computer thinks:</source>
      <translation>Dators domā:</translation>
    </message>
    <message>
      <source>Add Group 3</source>
      <translation>Pievienot 3. grupu</translation>
    </message>
    <message>
      <source>Start over</source>
      <translation>Sākt no jauna</translation>
    </message>
    <message>
      <source>No pictures are kept: the computer remembers only numbers, and forgets them when you leave.</source>
      <translation>Attēli netiek glabāti: dators atceras tikai skaitļus un tos aizmirst, kad tu aizej.</translation>
    </message>
    <message>
      <source>Wait for the camera picture, then tap again.</source>
      <translation>Pagaidi kameras attēlu un pieskaries vēlreiz.</translation>
    </message>
    <message>
      <source>This group is full. Forget it to start it again.</source>
      <translation>Šī grupa ir pilna. Aizmirsti to, lai sāktu no jauna.</translation>
    </message>
  </context>
</TS>
