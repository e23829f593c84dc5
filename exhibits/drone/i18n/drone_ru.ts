<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>DroneExhibit</name>
    <message>
      <source>by hand</source>
      <extracomment>Flights are recorded at this rate for the plot (enough for a smooth line, cheap to draw). The band around the target shown when no challenge asks for one.</extracomment>
      <translation>вручную</translation>
    </message>
    <message>
      <source>{kind}: P {kp}, I {ki}, D {kd}</source>
      <translation>{kind}: P {kp}, I {ki}, D {kd}</translation>
    </message>
    <message>
      <source>By hand</source>
      <translation>Вручную</translation>
    </message>
    <message>
      <source>Autopilot</source>
      <translation>Автопилот</translation>
    </message>
    <message>
      <source>Fly!</source>
      <translation>Лети!</translation>
    </message>
    <message>
      <source>Parcel {mass}</source>
      <translation>Посылка {mass}</translation>
    </message>
    <message>
      <source>kg</source>
      <translation>кг</translation>
    </message>
    <message>
      <source>Gust of wind</source>
      <translation>Порыв ветра</translation>
    </message>
    <message>
      <source>thrust</source>
      <translation>тяга</translation>
    </message>
    <message>
      <source>weight</source>
      <translation>вес</translation>
    </message>
    <message>
      <source>m</source>
      <translation>м</translation>
    </message>
    <message>
      <source>time, s</source>
      <translation>время, с</translation>
    </message>
    <message>
      <source>height, m</source>
      <translation>высота, м</translation>
    </message>
    <message>
      <source>s</source>
      <translation>с</translation>
    </message>
    <message>
      <source>Challenge {number} of {total}</source>
      <translation>Задание {number} из {total}</translation>
    </message>
    <message>
      <source>Free flight</source>
      <translation>Свободный полёт</translation>
    </message>
    <message>
      <source>All challenges solved! Fly freely: try strong gusts and odd gains.</source>
      <translation>Все задания решены! Летай свободно: попробуй сильные порывы и необычные коэффициенты.</translation>
    </message>
    <message>
      <source>Hovering by hand is done. Switch to Autopilot for the next challenges.</source>
      <translation>Зависание вручную удалось. Для следующих заданий переключись на автопилот.</translation>
    </message>
    <message>
      <source>The autopilot challenges are done. Try hovering By hand!</source>
      <translation>Задания автопилота выполнены. Попробуй зависнуть вручную!</translation>
    </message>
    <message>
      <source>cm</source>
      <translation>см</translation>
    </message>
    <message>
      <source>Keep the drone between {low} and {high} for {seconds} with the throttle.</source>
      <translation>Ползунком тяги удерживай дрон между {low} и {high} в течение {seconds}.</translation>
    </message>
    <message>
      <source>Tune the autopilot: reach {target} and stay within {band} of it before {seconds}.</source>
      <translation>Настрой автопилот: за {seconds} выйди на высоту {target} и оставайся в пределах {band} от неё.</translation>
    </message>
    <message>
      <source>Carry the parcel: reach {target} and stay within {band} of it before {seconds}.</source>
      <translation>Неси посылку: за {seconds} выйди на высоту {target} и оставайся в пределах {band} от неё.</translation>
    </message>
    <message>
      <source>Gusts are coming! With the parcel, be within {band} of {target} by {seconds} and stay there through the wind.</source>
      <translation>Будет ветер! С посылкой за {seconds} выйди в пределы {band} от высоты {target} и удержись там, несмотря на порывы.</translation>
    </message>
    <message>
      <source>Slide the throttle up to take off. When thrust equals weight, the drone hovers.</source>
      <translation>Подними тягу, чтобы взлететь. Когда тяга равна весу, дрон зависает.</translation>
    </message>
    <message>
      <source>In the band: hold it there!</source>
      <translation>В полосе: удержи его там!</translation>
    </message>
    <message>
      <source>Solved! You held a hover: thrust was equal to the weight.</source>
      <translation>Решено! Ты удержал дрон: тяга была равна весу.</translation>
    </message>
    <message>
      <source>Choose P, PI or PID, set the gains and press Fly.</source>
      <translation>Выбери P, PI или PID, настрой коэффициенты и нажми «Лети!».</translation>
    </message>
    <message>
      <source>Flying… watch the plot.</source>
      <translation>Летит… следи за графиком.</translation>
    </message>
    <message>
      <source>Solved! It settled after {time}.</source>
      <translation>Решено! Он успокоился через {time}.</translation>
    </message>
    <message>
      <source>It settled after {time}.</source>
      <translation>Он успокоился через {time}.</translation>
    </message>
    <message>
      <source>It settled after {time}: too slow. More P is quicker; more D calms the swing.</source>
      <translation>Он успокоился через {time}: слишком медленно. Больше P – быстрее, больше D – меньше раскачка.</translation>
    </message>
    <message>
      <source>It keeps swinging around the target. Choose PID: the D term brakes.</source>
      <translation>Он всё качается вокруг цели. Выбери PID: составляющая D тормозит.</translation>
    </message>
    <message>
      <source>It still swings. Try more D, or less P or I.</source>
      <translation>Он ещё качается. Попробуй больше D или меньше P или I.</translation>
    </message>
    <message>
      <source>It stays {error} off the target: the parcel is heavier than the autopilot expects. The I term fixes a lasting error.</source>
      <translation>Он остаётся в {error} от цели: посылка тяжелее, чем ждёт автопилот. Составляющая I исправляет длительную ошибку.</translation>
    </message>
    <message>
      <source>It stays {error} off the target. Give I more strength.</source>
      <translation>Он остаётся в {error} от цели. Увеличь I.</translation>
    </message>
    <message>
      <source>The wind pushed it out of the band. More P and D fight back harder.</source>
      <translation>Ветер вытолкнул его из полосы. Большие P и D сопротивляются сильнее.</translation>
    </message>
    <message>
      <source>This challenge needs the parcel: switch it on and fly again.</source>
      <translation>Для этого задания нужна посылка: включи её и лети снова.</translation>
    </message>
    <message>
      <source>This challenge is without the parcel: switch it off and fly again.</source>
      <translation>Это задание без посылки: выключи её и лети снова.</translation>
    </message>
    <message>
      <source>P: push towards the target</source>
      <translation>P: толкает к цели</translation>
    </message>
    <message>
      <source>I: memory of a lasting error</source>
      <translation>I: память ошибки</translation>
    </message>
    <message>
      <source>D: brake the speed</source>
      <translation>D: тормозит скорость</translation>
    </message>
    <message>
      <source>off</source>
      <translation>выкл.</translation>
    </message>
    <message>
      <source>N</source>
      <translation>Н</translation>
    </message>
    <message>
      <source>Throttle</source>
      <translation>Тяга</translation>
    </message>
    <message>
      <source>Thrust {thrust} {sign} weight {weight}</source>
      <translation>Тяга {thrust} {sign} вес {weight}</translation>
    </message>
    <message>
      <source>Height {height} · speed {speed} · thrust {thrust}</source>
      <translation>Высота {height} · скорость {speed} · тяга {thrust}</translation>
    </message>
    <message>
      <source>m/s</source>
      <translation>м/с</translation>
    </message>
  </context>
</TS>
